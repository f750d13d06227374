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
            FilingDocuments.Supersede(earlier, amendment.Accession);
            store.Filings.Update(earlier);
            foreach (var trade in store.TradesOfFiling(earlier).ToList())
            {
                ledgers.MarketTradeReplaced(trade);
                TradeDocuments.Supersede(trade);
                store.Rows.Update(trade);
                days.Add(DayNumber.ToDate(TradeDocuments.Day(trade)));
            }
        }

        return days;
    }

    private static IEnumerable<BsonDocument> SameReport(StoreDatabase store, Form4Filing filing)
    {
        var insider = InsiderKey.Of(filing);
        var period = filing.PeriodOfReport is { } p ? DayNumber.Of(p) : (int?)null;
        return store.Filings.OfReport(filing.Issuer.Cik, FilingDocuments.ReportKeyOf(filing))
            .Where(d => FilingDocuments.Insider(d) == insider && FilingDocuments.Accession(d) != filing.Accession)
            .Where(d => FilingDocuments.Period(d) == period);
    }

    // Does the stored filing `other` (a 4/A) replace the incoming `filing`?
    private static bool Replaces(BsonDocument other, Form4Filing filing) =>
        Replaces(other, filing.IsAmendment, filing.FiledOn is { } f ? DayNumber.Of(f) : null);

    /// <summary>
    /// Does the stored filing <paramref name="other"/> (a 4/A) replace a filing that is an amendment or not and was
    /// filed on <paramref name="filed"/> (<see cref="DayNumber"/>)? An original is replaced by the 4/A that names its
    /// filing day (or names none); an amendment by a later one.
    /// </summary>
    public static bool Replaces(BsonDocument other, bool isAmendment, int? filed)
    {
        if (FilingDocuments.DocumentType(other) != "4/A") return false;
        if (!isAmendment)
            return FilingDocuments.OriginalSubmission(other) is not { } original || filed is null || original == filed;
        return FilingDocuments.Filed(other) is { } otherFiled && filed is not null && otherFiled > filed;
    }

    // Is the stored filing `other` replaced by the incoming amendment?
    private static bool IsReplacedBy(BsonDocument other, Form4Filing amendment)
    {
        if (FilingDocuments.IsSuperseded(other)) return false;
        var original = amendment.DateOfOriginalSubmission is { } o ? DayNumber.Of(o) : (int?)null;
        var otherFiled = FilingDocuments.Filed(other);
        if (FilingDocuments.DocumentType(other) == "4")
            return original is null || otherFiled is null || otherFiled == original;
        var filed = amendment.FiledOn is { } f ? DayNumber.Of(f) : (int?)null;
        return otherFiled is null || filed is null || otherFiled < filed;
    }
}
