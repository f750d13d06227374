using InsiderBot.Insights.Signals;

namespace InsiderBot.Store;

/// <summary>
/// The market ratio's per-day tallies, refreshed once when read from the store
/// (<see cref="InsiderStore.ReadMarketTallies"/>): every reading one <c>/ratio</c> answer takes (the month, the newest
/// decision day, the fallback month) comes from that one refresh instead of checking the stale-tally watermark each time.
/// </summary>
public sealed class MarketTallies
{
    private readonly StoreDatabase store;
    private readonly SignalOptions options;

    internal MarketTallies(StoreDatabase store, SignalOptions options)
    {
        this.store = store;
        this.options = options;
    }

    /// <summary>The market buy/sell ratio for a month against its previous months.</summary>
    public MarketReading Reading(DateOnly month) =>
        MarketRatio.FromDays(
            DecisionDayLedger.TalliedBetween(store, MarketRatio.HistoryStart(month, options), MarketRatio.MonthStart(month).AddMonths(1).AddDays(-1)),
            month,
            options);

    /// <summary>The market buy/sell ratio for a window of days against as many windows of its length before it.</summary>
    public MarketReading Reading(DateOnly from, DateOnly to) =>
        MarketRatio.FromDays(DecisionDayLedger.TalliedBetween(store, MarketRatio.HistoryStart(from, to, options), to), from, to, options);

    /// <summary>The newest day with an open-market purchase or a discretionary sale: the latest month /ratio can read.</summary>
    public DateOnly? NewestDecisionDay() => DecisionDayLedger.NewestTallied(store);
}
