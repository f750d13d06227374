using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// One company's filings of one month of the period of report, as layout 4 keeps them (<see cref="FilingMonthDocuments"/>):
/// filing documents in the order they were stored.
/// </summary>
internal sealed class FilingMonth(long key, List<BsonDocument> filings) : CompanyMonth(key, filings)
{
    public List<BsonDocument> Filings => Documents;

    /// <summary>
    /// The month a filing of this company and report key (<see cref="StoreDatabase.ReportKey"/>) is kept in: that of its
    /// period of report, or month 0 of the company when it gave none. A 4/A has the period of the report it amends, so
    /// both are in one month.
    /// </summary>
    public static long KeyOf(long issuer, long reportKey) =>
        DayNumber.DayOf(reportKey) is var period && period == 0 ? issuer * TradeMonth.MonthsPerKey : TradeMonth.KeyOf(issuer, period);

    public static FilingMonth Empty(long key) => new(key, []);

    public BsonDocument? Find(string accession) => IndexOf(accession) is var at && at >= 0 ? Filings[at] : null;

    protected override string IdOf(BsonDocument document) => FilingDocuments.Accession(document);
}
