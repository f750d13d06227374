using System.Diagnostics;
using InsiderBot.Insights;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Store;

/// <summary>
/// Per (insider, company): the days the insider bought or sold the company's stock on the open market, with how many
/// such rows each day holds — the rows the routine/opportunistic status reads (P/S, not flagged, not superseded).
/// Kept at ingest in the batch's own transaction (a stored market trade adds its day, a 4/A that replaces it takes it
/// away), so the status of a busy company's insiders is one document read each instead of a scan of every row those
/// insiders ever filed (benchmarks/InsiderBot.Benchmarks/Notes/insiders-query.md).
/// </summary>
internal static class MarketDayLedger
{
    /// <summary>Meta key set once the ledger holds every stored market trade (new stores, and old ones after <see cref="Backfill"/>).</summary>
    public const string BuiltKey = "market-days-v1";

    public static string Key(long insider, long issuer) => $"{insider}:{issuer}";

    /// <summary>True for the trade rows the ledger counts: P/S, not flagged, not superseded.</summary>
    public static bool Counts(BsonDocument trade) =>
        !TradeDocuments.IsSuperseded(trade) && TradeDocuments.Flags(trade) == DataFlag.None && TradeDocuments.Head(trade).Code is "P" or "S";

    /// <summary>The distinct market-trade days between two dates (inclusive), oldest first.</summary>
    public static IReadOnlyList<DateOnly> Read(StoreDatabase store, long insider, long issuer, DateOnly from, DateOnly to)
    {
        var doc = store.MarketDays.FindById(Key(insider, issuer));
        if (doc is null) return [];
        var (first, last) = (DayNumber.Of(from), DayNumber.Of(to));
        var days = new List<DateOnly>();
        foreach (var d in MarketDayDocuments.Days(doc))
        {
            if (d > last) break;
            if (d >= first) days.Add(DayNumber.ToDate(d));
        }

        return days;
    }

    /// <summary>The ledger entry as a day → rows map, for a batch to change and write back.</summary>
    public static SortedDictionary<int, int> Load(StoreDatabase store, string key)
    {
        return store.MarketDays.FindById(key) is { } doc ? MarketDayDocuments.FromDocument(doc) : [];
    }

    public static void Write(StoreDatabase store, string key, SortedDictionary<int, int> days)
    {
        if (days.Count == 0)
        {
            store.MarketDays.Delete(key);
            return;
        }

        WholeDocuments.Write(store.MarketDays, MarketDayDocuments.ToDocument(key, days));
    }

    /// <summary>
    /// Builds the ledger for a store written before it existed, from every stored trade, once. Company by company (an
    /// entry depends on one company's rows only): each company's rows are read in a query of its own, outside any
    /// transaction (a LiteDB transaction holds every page it read until it commits: 1 GB on a 5M-row store), and the
    /// entries of <paramref name="companiesPerTransaction"/> companies are written together; then the meta key that marks
    /// it done. A crash part-way leaves the key unset, and the next open starts again from an empty ledger.
    /// </summary>
    public static void Backfill(StoreDatabase store, ILogger logger, int companiesPerTransaction = 50)
    {
        if (store.GetMeta(BuiltKey) is not null) return;
        var started = Stopwatch.GetTimestamp();
        store.InTransaction(() => store.MarketDays.DeleteAll());
        var issuers = IssuerLedger.Ciks(store);
        if (issuers.Count > 0)
            logger.LogInformation("Building the market-day ledger once for a store written before it: {Companies} companies", issuers.Count);
        foreach (var part in issuers.Chunk(companiesPerTransaction))
        {
            var entries = part.SelectMany(issuer => EntriesOf(store, issuer)).ToList();
            store.InTransaction(() =>
            {
                foreach (var (key, days) in entries) Write(store, key, days);
                return entries.Count;
            });
        }

        store.InTransaction(() =>
        {
            store.SetMeta(BuiltKey, "1");
            return true;
        });
        if (issuers.Count > 0)
            logger.LogInformation("Market-day ledger built in {Seconds:0.0} s", Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>One company's entries as its stored trades make them.</summary>
    public static Dictionary<string, SortedDictionary<int, int>> EntriesOf(StoreDatabase store, long issuer)
    {
        var ledger = new Dictionary<string, SortedDictionary<int, int>>();
        var rows = store.Rows.OfIssuer(issuer);
        foreach (var row in rows.Where(Counts))
        {
            var key = Key(TradeDocuments.Insider(row), issuer);
            if (!ledger.TryGetValue(key, out var days)) ledger[key] = days = [];
            var day = TradeDocuments.Day(row);
            days[day] = days.GetValueOrDefault(day) + 1;
        }

        return ledger;
    }
}
