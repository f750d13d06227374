using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// One company's filings of one month of the period of report, as layout 4 keeps them (<see cref="FilingMonthDocuments"/>):
/// filing documents in the order they were stored.
/// </summary>
internal sealed class FilingMonth(long key, List<BsonDocument> filings)
{
    public long Key { get; } = key;

    public List<BsonDocument> Filings { get; } = filings;

    /// <summary>
    /// The month a filing of this company and report key (<see cref="StoreDatabase.ReportKey"/>) is kept in: that of its
    /// period of report, or month 0 of the company when it gave none. A 4/A has the period of the report it amends, so
    /// both are in one month.
    /// </summary>
    public static long KeyOf(long issuer, long reportKey) =>
        DayNumber.DayOf(reportKey) is var period && period == 0 ? issuer * TradeMonth.MonthsPerKey : TradeMonth.KeyOf(issuer, period);

    public static FilingMonth Empty(long key) => new(key, []);

    public BsonDocument? Find(string accession) => IndexOf(accession) is var at && at >= 0 ? Filings[at] : null;

    /// <summary>Puts a changed filing in the place of the one with its accession; false when there is none.</summary>
    public bool Replace(BsonDocument filing)
    {
        var at = IndexOf(FilingDocuments.Accession(filing));
        if (at < 0) return false;
        Filings[at] = filing;
        return true;
    }

    public bool Remove(string accession)
    {
        var at = IndexOf(accession);
        if (at < 0) return false;
        Filings.RemoveAt(at);
        return true;
    }

    private int IndexOf(string accession) => Filings.FindIndex(f => FilingDocuments.Accession(f) == accession);
}
