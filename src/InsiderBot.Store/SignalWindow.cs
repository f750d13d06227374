using InsiderBot.Insights;
using InsiderBot.Insights.Signals;

namespace InsiderBot.Store;

/// <summary>
/// Which of a company's trades an incremental evaluation must read so it gives exactly what a full recompute gives.
/// From the earliest changed day it steps back while a purchase or discretionary sale lies within the longest
/// detector window (cluster and liquidation windows chain, and reset only at such a gap), then reads every lookback
/// before that day: the routine test's calendar years, the strength high, the quiet period, a year of conversions.
/// Older facts with no bound (first trade, last sale) come from <see cref="IEarlierTrades"/>.
/// </summary>
internal static class SignalWindow
{
    private const int Attempts = 3;

    public static (DateOnly From, (DateOnly Start, IReadOnlyList<InsiderTrade> Trades) Window) For(
        DateOnly changed, SignalOptions options, Func<DateOnly, IReadOnlyList<InsiderTrade>> tradesSince)
    {
        if (changed == DateOnly.MinValue) return Everything(tradesSince);
        var gap = Math.Max(options.ClusterWindowDays, options.LiquidationWindowDays);
        var from = changed;
        var start = Start(from, options, gap);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var trades = tradesSince(start);
            var days = trades.Where(t => SignalTrades.IsOpenMarketPurchase(t) || SignalTrades.IsDiscretionarySale(t))
                .Select(t => t.Date).Distinct().Order().ToList();
            var i = days.FindLastIndex(d => d < from);
            while (i >= 0 && days[i] >= from.AddDays(-gap)) from = days[i--];
            var needed = Start(from, options, gap);
            if (needed >= start) return (from, (start, trades));
            start = needed.AddYears(-attempt - 1);
        }

        return Everything(tradesSince);
    }

    private static DateOnly Start(DateOnly from, SignalOptions options, int gap)
    {
        if (from.Year <= options.RoutineLookbackYears + 1) return DateOnly.MinValue;
        var candidates = new[]
        {
            new DateOnly(from.Year - options.RoutineLookbackYears, 1, 1),
            from.AddYears(-options.StrengthLookbackYears),
            from.AddYears(-options.QuietPeriodYears),
            from.AddYears(-1),
            from.AddDays(-gap - 1),
        };
        return candidates.Min();
    }

    private static (DateOnly, (DateOnly, IReadOnlyList<InsiderTrade>)) Everything(Func<DateOnly, IReadOnlyList<InsiderTrade>> tradesSince) =>
        (DateOnly.MinValue, (DateOnly.MinValue, tradesSince(DateOnly.MinValue)));
}
