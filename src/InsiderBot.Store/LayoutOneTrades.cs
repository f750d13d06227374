using InsiderBot.Filings;
using InsiderBot.Insights;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Reads a trade document of layout 1 (one BSON field per value, up to the store's layout upgrade): only
/// <see cref="StoreLayout"/> uses it, to rewrite such documents in layout 2.
/// </summary>
internal static class LayoutOneTrades
{
    /// <summary>True for a layout-1 trade document (layout 2 has no <c>acc</c> field).</summary>
    public static bool Is(BsonDocument d) => d.ContainsKey("acc");

    public static InsiderTrade FromDocument(BsonDocument d)
    {
        var owners = d["on"].AsArray.Select(v => v.AsString).ToList();
        return new InsiderTrade
        {
            Id = d["_id"].AsString,
            Accession = d["acc"].AsString,
            IssuerCik = d["iss"].AsInt64,
            IssuerName = d["in"].AsString,
            Ticker = d["tk"].AsString,
            InsiderCik = d["own"].AsInt64,
            InsiderName = owners.FirstOrDefault() ?? "",
            OwnerNames = owners,
            OfficerTitle = d["ttl"].AsString,
            Date = DayNumber.ToDate(d["d"].AsInt32),
            FiledOn = d["fd"].IsNull ? null : DayNumber.ToDate(d["fd"].AsInt32),
            AcceptedAt = d["acc_at"].IsNull ? null : new DateTimeOffset(DateTime.SpecifyKind(d["acc_at"].AsDateTime, DateTimeKind.Utc)),
            DocumentType = d["dt"].AsString,
            Code = d["c"].AsString,
            Table = (OwnershipTable)d["tb"].AsInt32,
            Position = d["pos"].AsInt32,
            SecurityTitle = d["sec"].AsString,
            AcquiredDisposed = d["ad"].AsString is { Length: > 0 } ad ? ad[0] : null,
            DirectOrIndirect = d["di"].AsString is { Length: > 0 } di ? di[0] : 'D',
            Shares = ToNumber(d["sh"]),
            Price = ToNumber(d["px"]),
            OwnedAfter = ToNumber(d["aft"]),
            Classification = new TransactionClassification(
                (TradeNature)d["n"].AsInt32,
                new PlanEvidence((PlanStatus)d["pl"].AsInt32, d["pla"].IsNull ? null : DayNumber.ToDate(d["pla"].AsInt32), d["plb"].AsString),
                (InsiderRole)d["r"].AsInt32,
                ToNumber(d["pc"]),
                ToNumber(d["v"]),
                (DataFlag)d["fl"].AsInt32),
        };
    }

    private static BsonValue Number(decimal? value) => value is { } v ? new BsonValue(v) : BsonValue.Null;

    private static decimal? ToNumber(BsonValue value) => value.IsNull ? null : value.AsDecimal;
}
