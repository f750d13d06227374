using System.Diagnostics;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Store;

/// <summary>
/// The in-place upgrade from layout 2 (a document per trade, <see cref="TradeDocuments"/>) to layout 3 (a document per
/// company and month, <see cref="TradeMonth"/>). Each step is one transaction: the next trades in (issuer, day) order
/// are appended to their months and deleted from the old collection, so a kill part-way loses nothing and the next
/// open carries on from the first trade not yet moved; each month is written about once, as a company's trades arrive
/// together. The emptied collection is then dropped (with its three indexes) and the trade-day edges read again.
/// </summary>
internal static class LayoutThreeUpgrade
{
    private const string Key = "layout";

    /// <summary>Returns the steps taken in all, so a test's stop counts across every upgrade.</summary>
    public static int Run(StoreDatabase store, ILogger logger, UpgradePace pace, int steps)
    {
        var started = Stopwatch.GetTimestamp();
        var (_, total) = StoreCounts.Read(store);
        logger.LogInformation("Upgrading the store to layout 3 in place ({Trades} trades); a restart resumes where it stopped", total);
        long done = 0, reported = 0;
        while (MoveTrades(store, pace.TradesPerStep, ref done))
        {
            if (++steps >= pace.StopAfterSteps) throw new UpgradeStopped();
            if (done - reported < 100_000) continue;
            reported = done;
            logger.LogInformation("Layout upgrade: {Done} of {Trades} trades moved into company months", done, total);
        }

        store.Database.DropCollection("trades");
        store.InTransaction(() =>
        {
            TradeDayEdges.Recount(store);
            store.SetMeta(Key, "3");
            return true;
        });
        logger.LogInformation("Store upgraded to layout 3 in {Seconds:0.0} s", Stopwatch.GetElapsedTime(started).TotalSeconds);
        return steps;
    }

    // The next layout-2 trades by (issuer, day), appended to their months and deleted from the old collection in one transaction.
    private static bool MoveTrades(StoreDatabase store, int size, ref long done)
    {
        if (!store.Database.CollectionExists("trades")) return false;
        var count = store.InTransaction(() =>
        {
            var chunk = store.Trades.Find(Query.All("ik"), limit: size).ToList();
            store.Rows.Insert(chunk);
            foreach (var trade in chunk) store.Trades.Delete(TradeDocuments.Id(trade));
            return chunk.Count;
        });
        done += count;
        return count > 0;
    }
}
