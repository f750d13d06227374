namespace InsiderBot.Insights.Signals;

/// <summary>The market buy/sell ratio for one month, its weeks, and its rank against the previous months.</summary>
public sealed record MarketReading(
    RatioReading Month,
    IReadOnlyList<RatioReading> Weeks,
    IReadOnlyList<RatioReading> History,
    RatioRank? CountRank,
    RatioRank? ValueRank,
    string Text);
