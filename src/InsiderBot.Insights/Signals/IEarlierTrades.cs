namespace InsiderBot.Insights.Signals;

/// <summary>
/// What an incremental evaluation needs to know about one company's trades older than the window it loaded: the few
/// facts whose lookback has no bound (an insider's first trade, first market trade, latest sale). Unflagged, not superseded.
/// </summary>
public interface IEarlierTrades
{
    /// <summary>The insider's earliest trade at the company before the window, or null.</summary>
    InsiderTrade? FirstTrade(long insiderCik);

    /// <summary>True when the insider has an open-market (P or S) trade at the company before the window.</summary>
    bool HasMarketTrade(long insiderCik);

    /// <summary>The insider's latest sale at the company before the window, or null.</summary>
    InsiderTrade? LastSale(long insiderCik);

    /// <summary>Nothing before the window: the window is the whole history (the full recompute).</summary>
    public static IEarlierTrades None { get; } = new NoEarlierTrades();

    private sealed class NoEarlierTrades : IEarlierTrades
    {
        public InsiderTrade? FirstTrade(long insiderCik) => null;

        public bool HasMarketTrade(long insiderCik) => false;

        public InsiderTrade? LastSale(long insiderCik) => null;
    }
}
