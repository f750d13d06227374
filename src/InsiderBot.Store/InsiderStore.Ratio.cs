using InsiderBot.Insights.Signals;

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

    /// <summary>The market buy/sell ratio for a month against its previous months (one answer's reading of its own).</summary>
    public MarketReading MarketReading(DateOnly month) => ReadMarketTallies().Reading(month);

    /// <summary>The newest day with an open-market purchase or a discretionary sale: the latest month /ratio can read.</summary>
    public DateOnly? NewestDecisionDay() => ReadMarketTallies().NewestDecisionDay();
}
