using InsiderBot.Insights;

namespace InsiderBot.Charts;

/// <summary>A trade the chart can draw: priced, inside the window, with its kind and dollar value.</summary>
internal sealed record ChartPoint(InsiderTrade Trade, MarkerKind Kind, double Price, double Value)
{
    /// <summary>Trades with a positive price inside the window, in a fixed order (date, then id).</summary>
    public static IReadOnlyList<ChartPoint> From(IEnumerable<InsiderTrade> trades, DateOnly from, DateOnly to) =>
        [.. trades
            .Where(t => t.Price is > 0 && t.Date >= from && t.Date <= to)
            .Select(t => new ChartPoint(
                t,
                MarkerKinds.Of(t.Classification),
                (double)t.Price!.Value,
                (double)(t.Classification.Value ?? t.Shares * t.Price ?? 0m)))
            .OrderBy(p => p.Trade.Date)
            .ThenBy(p => p.Trade.Id, StringComparer.Ordinal)];
}
