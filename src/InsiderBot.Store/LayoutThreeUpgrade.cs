using LiteDB;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Store;

/// <summary>
/// The in-place upgrade from layout 2 (a document per trade, <see cref="TradeDocuments"/>) to layout 3 (a document per
/// company and month, <see cref="TradeMonth"/>), in <see cref="MonthsUpgrade"/>'s steps: the next trades in (issuer, day)
/// order are appended to their months and deleted from the old collection, each month written about once, as a
/// company's trades arrive together. The emptied collection is then dropped (with its three indexes) and the trade-day
/// edges read again.
/// </summary>
internal static class LayoutThreeUpgrade
{
    private const string Collection = "trades";

    /// <summary>Returns the steps taken in all, so a test's stop counts across every upgrade.</summary>
    public static int Run(StoreDatabase store, ILogger logger, UpgradePace pace, int steps) =>
        MonthsUpgrade.Run(store, logger, pace, steps, 3, Collection, "trades", StoreCounts.Read(store).Trades, pace.TradesPerStep,
            size => MoveTrades(store, size), () => TradeDayEdges.Recount(store));

    // The next layout-2 trades by (issuer, day), appended to their months and deleted from the old collection in one transaction.
    private static int MoveTrades(StoreDatabase store, int size) => store.InTransaction(() =>
    {
        var chunk = store.Trades.Find(Query.All("ik"), limit: size).ToList();
        store.Rows.Insert(chunk);
        foreach (var trade in chunk) store.Trades.Delete(TradeDocuments.Id(trade));
        return chunk.Count;
    });
}
