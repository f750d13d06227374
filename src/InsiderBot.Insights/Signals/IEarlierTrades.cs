namespace InsiderBot.Insights.Signals;

/// <summary>
/// What an incremental evaluation needs to know about one company's trades older than the window it loaded (the
/// window starts where every detector chain resets, so only lookbacks reach before it): an insider's first trade,
/// market trades, latest sale and conversions, and the company's priced trades. Unflagged, not superseded, each list
/// oldest first with ties by id (the order the detectors read). Asked lazily, only for the insiders a detector needs.
/// </summary>
public interface IEarlierTrades
{
    /// <summary>The insider's earliest trade at the company before the window, or null.</summary>
    InsiderTrade? FirstTrade(long insiderCik);

    /// <summary>
    /// The routine test's history: the days of the insider's open-market trades (P or S, <see cref="InsiderStatusReader.IsMarketTrade"/>)
    /// at the company from <paramref name="since"/> to the window, plus the earliest older day if there is one (it only
    /// shows how far back the history reaches), oldest first.
    /// </summary>
    IReadOnlyList<DateOnly> MarketTradeDays(long insiderCik, DateOnly since);

    /// <summary>The insider's latest sale at the company before the window, or null.</summary>
    InsiderTrade? LastSale(long insiderCik);

    /// <summary>True when the insider sold at the company from <paramref name="since"/> to the window: <see cref="LastSale"/> is on or after that day.</summary>
    bool SoldSince(long insiderCik, DateOnly since);

    /// <summary>The insider's conversions of derivative stock (code C, derivative table) at the company from a day to the window.</summary>
    IReadOnlyList<InsiderTrade> Conversions(long insiderCik, DateOnly since);

    /// <summary>The company's trades with a market price (<see cref="SignalTrades.HasMarketPrice"/>) from a day to the window's start.</summary>
    IReadOnlyList<InsiderTrade> PricedSince(DateOnly since);

    /// <summary>Nothing before the window: the window is the whole history (the full recompute).</summary>
    public static IEarlierTrades None { get; } = new NoEarlierTrades();

    private sealed class NoEarlierTrades : IEarlierTrades
    {
        public InsiderTrade? FirstTrade(long insiderCik) => null;

        public IReadOnlyList<DateOnly> MarketTradeDays(long insiderCik, DateOnly since) => [];

        public InsiderTrade? LastSale(long insiderCik) => null;

        public bool SoldSince(long insiderCik, DateOnly since) => false;

        public IReadOnlyList<InsiderTrade> Conversions(long insiderCik, DateOnly since) => [];

        public IReadOnlyList<InsiderTrade> PricedSince(DateOnly since) => [];
    }
}
