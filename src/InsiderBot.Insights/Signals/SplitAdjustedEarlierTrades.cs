using InsiderBot.Insights.Splits;

namespace InsiderBot.Insights.Signals;

/// <summary>The trades before an incremental evaluation's window, restated on today's basis like the window's own.</summary>
internal sealed class SplitAdjustedEarlierTrades(IEarlierTrades inner, SplitHistory splits) : IEarlierTrades
{
    public InsiderTrade? FirstTrade(long insiderCik) => SplitAdjustedTrade.OfNullable(inner.FirstTrade(insiderCik), splits);

    public IReadOnlyList<DateOnly> MarketTradeDays(long insiderCik, DateOnly since) => inner.MarketTradeDays(insiderCik, since);

    public InsiderTrade? LastSale(long insiderCik) => SplitAdjustedTrade.OfNullable(inner.LastSale(insiderCik), splits);

    public bool SoldSince(long insiderCik, DateOnly since) => inner.SoldSince(insiderCik, since);

    public IReadOnlyList<InsiderTrade> Conversions(long insiderCik, DateOnly since) =>
        inner.Conversions(insiderCik, since).Select(t => SplitAdjustedTrade.Of(t, splits)).ToList();

    public IReadOnlyList<InsiderTrade> PricedSince(DateOnly since) =>
        inner.PricedSince(since).Select(t => SplitAdjustedTrade.Of(t, splits)).ToList();
}
