using InsiderBot.Filings;
using InsiderBot.Insights;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// A 4/A replaces the transactions of the filing it amends (same issuer, owner and period of report, filed on
/// <c>dateOfOriginalSubmission</c>). Replaced trades stay in the file, marked, and are left out of every answer,
/// so nothing is counted twice whichever of the two arrives first.
/// </summary>
internal static class AmendmentLedger
{
    /// <summary>True when the store already holds a later amendment of this filing.</summary>
    public static bool IsSuperseded(StoreDatabase store, Form4Filing filing) =>
        SameReport(store, filing).Any(other => Replaces(other, filing));

    /// <summary>Marks the original (and any earlier amendment) of this 4/A as replaced; returns the replaced trades' days.</summary>
    public static List<DateOnly> SupersedeEarlier(StoreDatabase store, BatchLedgers ledgers, Form4Filing amendment)
    {
        var days = new List<DateOnly>();
        foreach (var earlier in SameReport(store, amendment).Where(other => IsReplacedBy(other, amendment)).ToList())
        {
            earlier["sup"] = true;
            earlier["supBy"] = amendment.Accession;
            store.Filings.Update(earlier);
            foreach (var trade in store.TradesOfFiling(earlier).ToList())
            {
                ledgers.MarketTradeReplaced(trade);
                TradeDocuments.Supersede(trade);
                store.Trades.Update(trade);
                days.Add(DayNumber.ToDate(TradeDocuments.Day(trade)));
            }
        }

        return days;
    }

    private static IEnumerable<BsonDocument> SameReport(StoreDatabase store, Form4Filing filing)
    {
        var insider = InsiderKey.Of(filing);
        var period = filing.PeriodOfReport is { } p ? DayNumber.Of(p) : (int?)null;
        return store.Filings.Find(IndexQuery.Equal("rep", StoreDatabase.ReportKey(insider, period)))
            .Where(d => d["iss"].AsInt64 == filing.Issuer.Cik && d["own"].AsInt64 == insider && d["_id"].AsString != filing.Accession)
            .Where(d => period is null ? d["per"].IsNull : !d["per"].IsNull && d["per"].AsInt32 == period);
    }

    // Does the stored filing `other` (a 4/A) replace the incoming `filing`?
    private static bool Replaces(BsonDocument other, Form4Filing filing)
    {
        if (other["dt"].AsString != "4/A") return false;
        var filed = filing.FiledOn is { } f ? DayNumber.Of(f) : (int?)null;
        if (!filing.IsAmendment)
            return other["orig"].IsNull || filed is null || other["orig"].AsInt32 == filed;
        return !other["fd"].IsNull && filed is not null && other["fd"].AsInt32 > filed;
    }

    // Is the stored filing `other` replaced by the incoming amendment?
    private static bool IsReplacedBy(BsonDocument other, Form4Filing amendment)
    {
        if (other["sup"].IsBoolean) return false;
        var original = amendment.DateOfOriginalSubmission is { } o ? DayNumber.Of(o) : (int?)null;
        if (other["dt"].AsString == "4")
            return original is null || other["fd"].IsNull || other["fd"].AsInt32 == original;
        var filed = amendment.FiledOn is { } f ? DayNumber.Of(f) : (int?)null;
        return other["fd"].IsNull || filed is null || other["fd"].AsInt32 < filed;
    }
}
