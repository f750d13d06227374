using InsiderBot.Filings;
using InsiderBot.Insights.Splits;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The split facts of a company's filings, one document per company and filing year (<c>_id</c> = issuer × 10,000 +
/// year, so a company's years are one range of the primary key and need no index of their own; <c>f</c> = one entry
/// per filing, see <see cref="SplitDocuments.ToEntry"/>). Layout 1 kept a document and two index entries per filing,
/// as many bytes as the filing itself. Holds the years a batch touches and writes each once (<see cref="Flush"/>).
/// </summary>
internal sealed class SplitFactYears(StoreDatabase store)
{
    private const long YearsPerIssuer = 10_000;
    private readonly Dictionary<long, BsonDocument> touched = [];

    /// <summary>The year document a filing's facts belong in: filed, else reported, else year 0.</summary>
    /// <remarks>The day is taken as the filing document stores it (<see cref="DayNumber"/> clamps), so removal finds the same year.</remarks>
    public static long KeyOf(long issuer, DateOnly? filedOn, DateOnly? period) =>
        (issuer * YearsPerIssuer) + ((filedOn ?? period) is { } day ? DayNumber.ToDate(DayNumber.Of(day)).Year : 0);

    /// <summary>Every stored filing's facts for one company.</summary>
    public static IEnumerable<SplitFacts> Of(StoreDatabase store, long issuer) =>
        store.SplitFacts.Find(IndexQuery.Between("_id", issuer * YearsPerIssuer, (issuer * YearsPerIssuer) + YearsPerIssuer - 1))
            .SelectMany(year => year["f"].AsArray.Select(entry => SplitDocuments.FactsFromEntry(issuer, entry.AsDocument)));

    /// <summary>Records a filing's facts, replacing the facts of the same accession.</summary>
    public void Record(Form4Filing filing) => Record(SplitFacts.Of(filing), KeyOf(filing.Issuer.Cik, filing.FiledOn, filing.PeriodOfReport));

    public void Record(SplitFacts facts, long key)
    {
        var entries = Year(key)["f"].AsArray;
        entries.Remove(entries.FirstOrDefault(e => e["a"].AsString == facts.Accession));
        entries.Add(SplitDocuments.ToEntry(facts));
    }

    /// <summary>Takes a filing's facts out of its year (the year is deleted when it empties).</summary>
    public void Remove(string accession, long key)
    {
        var entries = Year(key)["f"].AsArray;
        entries.Remove(entries.FirstOrDefault(e => e["a"].AsString == accession));
    }

    /// <summary>Writes the years this batch changed; call inside the batch's transaction.</summary>
    public void Flush()
    {
        foreach (var (key, year) in touched)
        {
            if (year["f"].AsArray.Count == 0) store.SplitFacts.Delete(key);
            else store.SplitFacts.Upsert(year);
        }

        touched.Clear();
    }

    private BsonDocument Year(long key)
    {
        if (!touched.TryGetValue(key, out var year))
            touched[key] = year = store.SplitFacts.FindById(key) ?? new BsonDocument { ["_id"] = key, ["f"] = new BsonArray() };
        return year;
    }
}
