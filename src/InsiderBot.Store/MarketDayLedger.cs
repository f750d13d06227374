using System.Diagnostics;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Store;

/// <summary>
/// Per (insider, company): the days the insider bought or sold the company's stock on the open market, with how many
/// such rows each day holds — the rows the routine/opportunistic status reads (P/S, not flagged, not superseded) — and
/// the days they sold it in any form (code S, or a disposition classified as a sale: the rows that end the strength
/// test's quiet period). Kept at ingest in the batch's own transaction (a stored row adds its day, a 4/A that replaces
/// it or a flag read again takes it away), so the status of a busy company's insiders is one document read each instead
/// of a scan of every row those insiders ever filed (benchmarks/InsiderBot.Benchmarks/Notes/insiders-query.md), and so
/// is an insider's last sale before a signal's window.
/// </summary>
internal static class MarketDayLedger
{
    /// <summary>
    /// Meta key set once the ledger holds every stored row it counts (new stores, and old ones after
    /// <see cref="Backfill"/>). The ledger under <see cref="EarlierKey"/> held no sale days: it is built again.
    /// </summary>
    public const string BuiltKey = "market-days-v2";

    /// <summary>The key of the ledger before it held sale days.</summary>
    public const string EarlierKey = "market-days-v1";

    public static string Key(long insider, long issuer) => $"{insider}:{issuer}";

    /// <summary>Whether a stored row counts as a market trade (P/S) and as a sale; neither when flagged or superseded.</summary>
    public static (bool Market, bool Sale) Kinds(BsonDocument trade)
    {
        if (TradeDocuments.IsSuperseded(trade) || TradeDocuments.Flags(trade) != DataFlag.None) return (false, false);
        var code = TradeDocuments.Head(trade).Code;
        return (code is "P" or "S", SignalTrades.IsSale(code, TradeDocuments.Nature(trade)));
    }

    /// <summary>The (insider, company) entry's document, or null when the insider has no row it counts there.</summary>
    public static BsonDocument? Find(StoreDatabase store, long insider, long issuer) => store.MarketDays.ById(Key(insider, issuer));

    /// <summary>The distinct market-trade days between two dates (inclusive), oldest first.</summary>
    public static IReadOnlyList<DateOnly> Read(StoreDatabase store, long insider, long issuer, DateOnly from, DateOnly to) =>
        Read(Find(store, insider, issuer), from, to);

    /// <summary>The distinct market-trade days of an entry's document between two dates (inclusive), oldest first.</summary>
    public static IReadOnlyList<DateOnly> Read(BsonDocument? doc, DateOnly from, DateOnly to) =>
        doc is null ? [] : MarketDayDocuments.MarketDays(doc, DayNumber.Of(from), DayNumber.Of(to)).ConvertAll(DayNumber.ToDate);

    /// <summary>The last day on or before <paramref name="to"/> with a sale in an entry's document, or null.</summary>
    public static DateOnly? LastSaleDay(BsonDocument? doc, DateOnly to) =>
        doc is not null && MarketDayDocuments.LastSaleDay(doc, DayNumber.Of(to)) is { } day ? DayNumber.ToDate(day) : null;

    /// <summary>The entry as day → rows maps, for a batch to change and write back.</summary>
    public static MarketDayEntry Load(StoreDatabase store, string key) =>
        store.MarketDays.ById(key) is { } doc ? MarketDayDocuments.FromDocument(doc) : new MarketDayEntry { Stored = false };

    /// <summary>Writes an entry whole, or deletes it when it is empty; one read as absent is inserted without a delete first.</summary>
    public static void Write(StoreDatabase store, string key, MarketDayEntry entry)
    {
        if (entry.IsEmpty)
        {
            KnownDocuments.Delete(store.MarketDays, key, entry.Stored ?? true);
            return;
        }

        if (entry.Stored == false) store.MarketDays.Insert(MarketDayDocuments.ToDocument(key, entry));
        else WholeDocuments.Write(store.MarketDays, MarketDayDocuments.ToDocument(key, entry));
    }

    /// <summary>
    /// Builds the ledger for a store written before it existed (or before it held sale days), from every stored trade,
    /// once. Company by company (an entry depends on one company's rows only): each company's rows are read in a query of
    /// its own, outside any transaction (a LiteDB transaction holds every page it read until it commits: 1 GB on a 5M-row
    /// store), and the entries of <paramref name="companiesPerTransaction"/> companies are written together; then the
    /// meta key that marks it done. A crash part-way leaves the key unset, and the next open starts again from an empty
    /// ledger.
    /// </summary>
    public static void Backfill(StoreDatabase store, ILogger logger, int companiesPerTransaction = 50)
    {
        if (store.GetMeta(BuiltKey) is not null) return;
        var started = Stopwatch.GetTimestamp();
        store.InTransaction(() => store.MarketDays.DeleteAll());
        var issuers = IssuerLedger.Ciks(store);
        if (issuers.Count > 0)
            logger.LogInformation("Building the market-day ledger once for a store written before it or its sale days: {Companies} companies", issuers.Count);
        foreach (var part in issuers.Chunk(companiesPerTransaction))
        {
            var entries = part.SelectMany(issuer => EntriesOf(store, issuer)).ToList();
            store.InTransaction(() =>
            {
                // The ledger was emptied above and an entry holds at least one row: each is inserted, no look-up first.
                foreach (var (key, entry) in entries) store.MarketDays.Insert(MarketDayDocuments.ToDocument(key, entry));
                return entries.Count;
            });
        }

        store.InTransaction(() =>
        {
            store.SetMeta(BuiltKey, "1");
            store.Meta.Delete(EarlierKey);
            return true;
        });
        if (issuers.Count > 0)
            logger.LogInformation("Market-day ledger built in {Seconds:0.0} s", Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>One company's entries as its stored trades make them.</summary>
    public static Dictionary<string, MarketDayEntry> EntriesOf(StoreDatabase store, long issuer)
    {
        var ledger = new Dictionary<string, MarketDayEntry>();
        foreach (var row in store.Rows.OfIssuer(issuer))
        {
            if (Kinds(row) == (false, false)) continue;
            var key = Key(TradeDocuments.Insider(row), issuer);
            if (!ledger.TryGetValue(key, out var entry)) ledger[key] = entry = new MarketDayEntry();
            entry.Count(row, +1);
        }

        return ledger;
    }
}
