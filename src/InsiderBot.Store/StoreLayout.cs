using System.Diagnostics;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Store;

/// <summary>
/// Which document layout a store file holds, and the in-place upgrade from layout 1 (a trade document of 30 named
/// fields, with indexes on its accession and day; split facts a document per filing) to layout 2
/// (<see cref="TradeDocuments"/>: two keys, the nature, the flags and one binary field; a filing lists its trades in
/// <c>ti</c>; the first and last trade day in <see cref="TradeDayEdges"/>; split facts by company and month in
/// <see cref="SplitFactMonths"/>). The upgrade runs when a layout-1 store is opened, before anything reads it, in steps
/// of a few thousand documents per transaction with its place kept in the store, so a kill part-way resumes where it
/// stopped on the next open. The two indexes go once the filings list their trades, before the trades are rewritten.
/// A layout-2 store then moves on to layout 3 (<see cref="LayoutThreeUpgrade"/>: the trades in company months), and a
/// layout-3 store to layout 4 (<see cref="LayoutFourUpgrade"/>: the filings in company months).
/// </summary>
internal static class StoreLayout
{
    private const string Key = "layout";
    private const int Current = 4;
    private const string ProgressKey = "layout-2-upgrade";
    private const string LayoutOneSplitFacts = "split_facts";
    private const string LayoutTwoTrades = "trades_layout2";

    public static void Upgrade(StoreDatabase store, ILogger logger, UpgradePace pace)
    {
        var layout = store.GetMeta(Key);
        if (layout == Layout(Current) || (pace.LayoutTwo && layout == Layout(2))) return;
        if (!StoreDatabase.HasDocuments(store.LayoutThreeFilings) && !StoreDatabase.HasDocuments(store.Trades) && store.Meta.ById(ProgressKey) is null)
        {
            store.InTransaction(() =>
            {
                store.SetMeta(Key, Layout(pace.LayoutTwo ? 2 : Current));
                return true;
            });
            return;
        }

        var steps = layout is null ? UpgradeToTwo(store, logger, pace) : 0;
        if (pace.LayoutTwo) return;
        if (layout != Layout(3)) steps = LayoutThreeUpgrade.Run(store, logger, pace, steps);
        LayoutFourUpgrade.Run(store, logger, pace, steps);
    }

    private static string Layout(int layout) => layout.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Returns the steps taken, so a test's stop counts across both upgrades.
    private static int UpgradeToTwo(StoreDatabase store, ILogger logger, UpgradePace pace)
    {
        const int Two = 2;

        var started = Stopwatch.GetTimestamp();
        var (_, total) = StoreCounts.Read(store);
        logger.LogInformation("Upgrading the store to layout {Layout} in place ({Trades} trades); a restart resumes where it stopped", Two, total);
        var steps = 0;
        while (ListTradesOfNextFilings(store, pace.FilingsPerStep))
        {
            if (++steps >= pace.StopAfterSteps) throw new UpgradeStopped();
        }

        // The trades move into a collection of their own with only the two indexes layout 2 keeps, a step at a time, and
        // the emptied layout-1 collection is dropped. Dropping its accession and day indexes instead would take a
        // million-trade store's index pages into one transaction (564 MB peak on 1M trades); updating in place would
        // move every trade's entries in them to the null key.
        // Where a stop left it: layout-1 trades still to move, all moved (the old collection empty, or dropped and made
        // again empty by the next open), or renamed (no layout-2 collection, trades in layout 2).
        var first = store.Trades.FindOne(Query.All());
        if (store.Database.CollectionExists(LayoutTwoTrades) || (first is not null && LayoutOneTrades.Is(first)))
        {
            var moved = store.Database.GetCollection(LayoutTwoTrades);
            moved.EnsureIndex("ik", "$.ik");
            moved.EnsureIndex("ok", "$.ok");
            long done = 0, reported = 0;
            while (MoveTrades(store, moved, pace.TradesPerStep, ref done))
            {
                if (++steps >= pace.StopAfterSteps) throw new UpgradeStopped();
                if (done - reported < 100_000) continue;
                reported = done;
                logger.LogInformation("Layout upgrade: {Done} of {Trades} trades rewritten", done, total);
            }

            store.Database.DropCollection("trades");
            if (++steps >= pace.StopAfterSteps) throw new UpgradeStopped(); // the one stop between two statements that matters
            store.Database.RenameCollection(LayoutTwoTrades, "trades");
        }
        else if (first is null)
        {
            store.InTransaction(() => store.Trades.DropIndex("acc") | store.Trades.DropIndex("d")); // a store without trades: its empty indexes
        }

        while (MoveSplitFacts(store, pace.FilingsPerStep))
        {
            if (++steps >= pace.StopAfterSteps) throw new UpgradeStopped();
        }

        store.Database.DropCollection(LayoutOneSplitFacts);
        store.InTransaction(() =>
        {
            TradeDayEdges.Recount(store);
            store.Meta.Delete(ProgressKey);
            store.SetMeta(Key, Layout(Two));
            return true;
        });
        logger.LogInformation("Store upgraded to layout {Layout} in {Seconds:0.0} s", Two, Stopwatch.GetElapsedTime(started).TotalSeconds);
        return steps;
    }

    // The next layout-1 trades, rewritten into the layout-2 collection and deleted from the old one in one transaction.
    private static bool MoveTrades(StoreDatabase store, ILiteCollection<BsonDocument> moved, int size, ref long done)
    {
        var count = store.InTransaction(() =>
        {
            var chunk = store.Trades.Find(Query.All(), limit: size).ToList();
            foreach (var trade in chunk)
            {
                moved.Insert(TradeDocuments.ToDocument(LayoutOneTrades.FromDocument(trade), superseded: trade["sup"].IsBoolean));
                store.Trades.Delete(trade["_id"]);
            }

            return chunk.Count;
        });
        done += count;
        return count > 0;
    }

    // Layout 1's split facts, a document per filing, moved into their company's month; moved documents are deleted in
    // the same transaction, so a rerun moves the rest.
    private static bool MoveSplitFacts(StoreDatabase store, int size) => store.InTransaction(() =>
    {
        var old = store.Database.GetCollection(LayoutOneSplitFacts);
        var chunk = old.Find(Query.All(), limit: size).ToList();
        if (chunk.Count == 0) return false;
        var months = new SplitFactMonths(store);
        foreach (var document in chunk)
        {
            var facts = SplitDocuments.FactsFromDocument(document);
            var filing = store.LayoutThreeFilings.ById(facts.Accession);
            months.Record(facts, SplitFactMonths.KeyOf(facts.IssuerCik, filing));
            old.Delete(document["_id"]);
        }

        months.Flush();
        return true;
    });

    // One transaction: the next filings after the kept place given their trade lists, and the place moved past them;
    // false once they are done.
    private static bool ListTradesOfNextFilings(StoreDatabase store, int size) => store.InTransaction(() =>
    {
        var progress = store.Meta.ById(ProgressKey) ?? new BsonDocument { ["_id"] = ProgressKey };
        if (progress["filings-done"].IsBoolean) return false;
        var after = progress["filings"].IsNull ? BsonValue.MinValue : progress["filings"];
        var chunk = store.LayoutThreeFilings.Find(BsonExpression.Create("$._id > @0", after), limit: size).ToList();
        foreach (var filing in chunk.Where(f => !f["ti"].IsString)) ListTrades(store, filing);
        if (chunk.Count < size) progress["filings-done"] = true;
        else progress["filings"] = chunk[^1]["_id"];
        store.Meta.Upsert(progress);
        return chunk.Count == size;
    });

    // A filing lists its trades' id suffixes in filing order (non-derivative rows first), found through the accession index layout 1 kept.
    private static void ListTrades(StoreDatabase store, BsonDocument filing)
    {
        var ids = store.Trades.Query().Where(IndexQuery.Equal("acc", filing["_id"])).Select(BsonExpression.Create("{ _id: $._id, tb: $.tb, pos: $.pos }")).ToList();
        filing["ti"] = string.Join(' ', ids.OrderBy(t => t["tb"].AsInt32).ThenBy(t => t["pos"].AsInt32).Select(t => TradeDocuments.SuffixOf(t["_id"].AsString)));
        store.LayoutThreeFilings.Update(filing);
    }
}
