namespace InsiderBot.Insights.Signals;

/// <summary>
/// The day an incremental evaluation of one company starts from, so it gives exactly what a full recompute gives while
/// reading only a bounded slice. Trades changed from day <c>c</c> on can change only windows that reach <c>c</c>, so
/// everything starting before <c>c</c> minus the longest detector window is settled. The cluster and liquidation scans
/// chain (a window that fires is skipped whole), so the start must also be a day no settled window runs across; the
/// stored signals are exactly those windows (they are the full evaluation of the company before the change), so the
/// start steps back to the first day of any stored cluster or liquidation whose window reaches it. Lookbacks before
/// the start (routine years, strength high, quiet period, conversions) are read narrowly through <see cref="IEarlierTrades"/>.
/// </summary>
public static class SignalWindow
{
    /// <summary>The start day; <see cref="DateOnly.MinValue"/> means the whole history.</summary>
    /// <param name="signalsEndingBetween">The company's stored signals whose last day falls between two days.</param>
    public static DateOnly From(DateOnly changed, SignalOptions options, Func<DateOnly, DateOnly, IEnumerable<SignalStatement>> signalsEndingBetween)
    {
        var longest = Math.Max(options.ClusterWindowDays, options.LiquidationWindowDays);
        if (changed.DayNumber - DateOnly.MinValue.DayNumber <= 4 * longest) return DateOnly.MinValue;
        var from = changed.AddDays(-longest);
        while (from.DayNumber - DateOnly.MinValue.DayNumber > 2 * longest)
        {
            // A stored window that starts before the day and reaches it ends (its last trade) within a window of it.
            var across = signalsEndingBetween(from.AddDays(-longest), from.AddDays(longest))
                .Where(s => s.From < from && s.From.AddDays(WindowDays(s.Kind, options)) >= from)
                .Select(s => s.From)
                .ToList();
            if (across.Count == 0) return from;
            from = across.Min();
        }

        return DateOnly.MinValue;
    }

    private static int WindowDays(SignalKind kind, SignalOptions options) => kind switch
    {
        SignalKind.ClusterBuying or SignalKind.ClusterSelling => options.ClusterWindowDays,
        SignalKind.NearCompleteLiquidation => options.LiquidationWindowDays,
        SignalKind.UnexplainedCSuiteSelling or SignalKind.SellingIntoStrength => -1, // one-day signals do not chain
    };
}
