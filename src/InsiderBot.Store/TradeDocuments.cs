using InsiderBot.Filings;
using InsiderBot.Insights;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>Maps trades to and from LiteDB documents by hand: short field names, no reflection.</summary>
internal static class TradeDocuments
{
    public static BsonDocument ToDocument(InsiderTrade t, bool superseded = false)
    {
        var c = t.Classification;
        var doc = new BsonDocument
        {
            ["_id"] = t.Id,
            ["acc"] = t.Accession,
            ["ik"] = DayNumber.Key(t.IssuerCik, t.Date),
            ["ok"] = DayNumber.Key(t.InsiderCik, t.Date),
            ["d"] = DayNumber.Of(t.Date),
            ["iss"] = t.IssuerCik,
            ["in"] = t.IssuerName,
            ["tk"] = t.Ticker,
            ["own"] = t.InsiderCik,
            ["on"] = new BsonArray(t.OwnerNames.Select(n => new BsonValue(n))),
            ["ttl"] = t.OfficerTitle,
            ["fd"] = t.FiledOn is { } f ? DayNumber.Of(f) : BsonValue.Null,
            ["acc_at"] = t.AcceptedAt is { } a ? a.UtcDateTime : BsonValue.Null,
            ["dt"] = t.DocumentType,
            ["c"] = t.Code,
            ["tb"] = (int)t.Table,
            ["pos"] = t.Position,
            ["sec"] = t.SecurityTitle,
            ["ad"] = t.AcquiredDisposed?.ToString() ?? "",
            ["di"] = t.DirectOrIndirect.ToString(),
            ["sh"] = Number(t.Shares),
            ["px"] = Number(t.Price),
            ["aft"] = Number(t.OwnedAfter),
            ["n"] = (int)c.Nature,
            ["pl"] = (int)c.Plan.Status,
            ["pla"] = c.Plan.AdoptedOn is { } p ? DayNumber.Of(p) : BsonValue.Null,
            ["plb"] = c.Plan.Basis,
            ["r"] = (int)c.Roles,
            ["pc"] = Number(c.PositionChange),
            ["v"] = Number(c.Value),
            ["fl"] = (int)c.Flags,
        };
        if (superseded) doc["sup"] = true;
        return doc;
    }

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
