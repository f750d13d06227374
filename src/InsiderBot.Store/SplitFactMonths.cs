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
/// Keeps each touched company's <see cref="SplitWatch"/> in step: a filing the watch vouches for joins it, any other
/// change of a company's facts drops it, so that its splits are inferred again (<see cref="SplitRegister"/>).
/// </summary>
internal sealed class SplitFactMonths(StoreDatabase store)
{
    private const long KeysPerIssuer = 1_000_000;
    private readonly Dictionary<long, BsonDocument> touched = [];
    private readonly HashSet<long> stored = []; // the touched months that were stored when first read

    // The touched companies' watches: null once a change was not vouched for (the stored one is then deleted).
    private readonly Dictionary<long, SplitWatch?> watches = [];
    private readonly HashSet<long> watchesChanged = [];

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
        var replaced = SplitDocuments.RemoveEntry(month, facts.Accession);
        var entry = SplitDocuments.ToEntry(facts);
        SplitDocuments.AddEntry(month, entry);
        var issuer = key / KeysPerIssuer;
        // The watch is read against the facts as stored (days clamped as DayNumber keeps them), as a full inference reads them.
        if (Watch(issuer) is not { } watch) return;
        if (replaced || !watch.TryAppend(SplitDocuments.FactsFromEntry(issuer, entry))) Unwatch(issuer);
        else watchesChanged.Add(issuer);
    }

    /// <summary>Takes a filing's facts out of its month (the month is deleted when it empties).</summary>
    public void Remove(string accession, long key)
    {
        SplitDocuments.RemoveEntry(Month(key), accession);
        Unwatch(key / KeysPerIssuer);
    }

    /// <summary>Writes the months this batch changed; call inside the batch's transaction.</summary>
    public void Flush()
    {
        foreach (var (key, month) in touched)
        {
            if (!SplitDocuments.Entries(month).Any()) KnownDocuments.Delete(store.SplitFacts, key, stored.Contains(key));
            else KnownDocuments.Write(store.SplitFacts, month, stored.Contains(key));
        }

        touched.Clear();
        stored.Clear();
        foreach (var issuer in watchesChanged)
        {
            if (watches[issuer] is { } watch) store.SplitWatches.Upsert(SplitWatchDocuments.ToDocument(issuer, watch));
            else store.SplitWatches.Delete(issuer);
        }

        watches.Clear();
        watchesChanged.Clear();
    }

    private SplitWatch? Watch(long issuer)
    {
        if (watches.TryGetValue(issuer, out var watch)) return watch;
        var stored = store.SplitWatches.ById(issuer);
        watches[issuer] = watch = stored is null ? null : SplitWatchDocuments.FromDocument(stored);
        if (stored is not null && watch is null) watchesChanged.Add(issuer); // of an earlier form: dropped, so the company is inferred again
        return watch;
    }

    private void Unwatch(long issuer)
    {
        watches[issuer] = null;
        watchesChanged.Add(issuer);
    }

    private static DateOnly? StoredDay(int? day) => day is { } d ? DayNumber.ToDate(d) : null;

    private BsonDocument Month(long key)
    {
        if (touched.TryGetValue(key, out var month)) return month;
        if (store.SplitFacts.ById(key) is { } document)
        {
            stored.Add(key);
            return touched[key] = document;
        }

        return touched[key] = SplitDocuments.NewMonth(key);
    }
}
