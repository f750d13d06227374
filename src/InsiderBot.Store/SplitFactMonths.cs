using InsiderBot.Filings;
using InsiderBot.Insights.Splits;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The split facts of a company's filings, one document per company and filing month (<c>_id</c> = issuer × 1,000,000
/// + yyyymm, so a company's months are one range of the primary key and need no index of their own; <c>f</c> = one
/// entry per filing, see <see cref="SplitDocuments.ToEntry"/>). Layout 1 kept a document and two index entries per
/// filing, as many bytes as the filing itself. Holds the months a batch touches and writes each once
/// (<see cref="Flush"/>). A month, not a year: a batch rewrites each month it touches whole, and a busy company's
/// year rewritten batch after batch slowed a two-year import by a quarter (docs/BENCHMARKS.md).
/// </summary>
internal sealed class SplitFactMonths(StoreDatabase store)
{
    private const long KeysPerIssuer = 1_000_000;
    private readonly Dictionary<long, BsonDocument> touched = [];

    /// <summary>The month document a filing's facts belong in: filed, else reported, else month 0.</summary>
    /// <remarks>The day is taken as the filing document stores it (<see cref="DayNumber"/> clamps), so removal finds the same month.</remarks>
    public static long KeyOf(long issuer, DateOnly? filedOn, DateOnly? period) =>
        (issuer * KeysPerIssuer) + ((filedOn ?? period) is { } day && DayNumber.ToDate(DayNumber.Of(day)) is var stored ? (stored.Year * 100) + stored.Month : 0);

    /// <summary>The month document a stored filing's facts are in, from its filing document (none: month 0).</summary>
    public static long KeyOf(long issuer, BsonDocument? filing) =>
        KeyOf(issuer, StoredDay(filing is null ? null : FilingDocuments.Filed(filing)), StoredDay(filing is null ? null : FilingDocuments.Period(filing)));

    /// <summary>Every stored filing's facts for one company.</summary>
    public static IEnumerable<SplitFacts> Of(StoreDatabase store, long issuer) =>
        store.SplitFacts.Find(IndexQuery.Between("_id", issuer * KeysPerIssuer, (issuer * KeysPerIssuer) + KeysPerIssuer - 1))
            .SelectMany(month => SplitDocuments.Entries(month).Select(entry => SplitDocuments.FactsFromEntry(issuer, entry)));

    /// <summary>Records a filing's facts, replacing the facts of the same accession.</summary>
    public void Record(Form4Filing filing) => Record(SplitFacts.Of(filing), KeyOf(filing.Issuer.Cik, filing.FiledOn, filing.PeriodOfReport));

    public void Record(SplitFacts facts, long key)
    {
        var month = Month(key);
        SplitDocuments.RemoveEntry(month, facts.Accession);
        SplitDocuments.AddEntry(month, SplitDocuments.ToEntry(facts));
    }

    /// <summary>Takes a filing's facts out of its month (the month is deleted when it empties).</summary>
    public void Remove(string accession, long key)
    {
        SplitDocuments.RemoveEntry(Month(key), accession);
    }

    /// <summary>Writes the months this batch changed; call inside the batch's transaction.</summary>
    public void Flush()
    {
        foreach (var (key, month) in touched)
        {
            if (!SplitDocuments.Entries(month).Any()) store.SplitFacts.Delete(key);
            else store.SplitFacts.Upsert(month);
        }

        touched.Clear();
    }

    private static DateOnly? StoredDay(int? day) => day is { } d ? DayNumber.ToDate(d) : null;

    private BsonDocument Month(long key)
    {
        if (!touched.TryGetValue(key, out var month))
            touched[key] = month = store.SplitFacts.FindById(key) ?? SplitDocuments.NewMonth(key);
        return month;
    }
}
