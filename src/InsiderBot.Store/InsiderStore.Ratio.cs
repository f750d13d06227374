namespace InsiderBot.Store;

/// <summary>The market ratio's reads for <c>/ratio</c>: one refresh of the day tallies per answer.</summary>
public sealed partial class InsiderStore
{
    /// <summary>Re-tallies the stale days once and returns the tallies every reading of one answer uses.</summary>
    public MarketTallies ReadMarketTallies()
    {
        DecisionDayLedger.Refresh(store, TradesBetween);
        return new MarketTallies(store, engine.Options);
    }
}
