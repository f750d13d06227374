namespace InsiderBot.Insights.Signals;

/// <summary>
/// Near-complete liquidation: an insider's discretionary sales within 30 days leave at most 10% of the position held
/// before the first of them, and that position was worth at least $250k. Direct and indirect holdings are read apart.
/// </summary>
public static class LiquidationDetector
{
    public static IEnumerable<Signal> Detect(IReadOnlyList<InsiderTrade> ordered, SignalOptions options) =>
        Detect(ordered, options, IEarlierTrades.None);

    /// <summary>Windows starting in <paramref name="ordered"/>; conversions may be older (a year before a window).</summary>
    public static IEnumerable<Signal> Detect(IReadOnlyList<InsiderTrade> ordered, SignalOptions options, IEarlierTrades earlier)
    {
        var conversions = ordered.Where(t => t.Code == "C" && t.Table == Filings.OwnershipTable.Derivative && !t.Classification.IsFlagged)
            .GroupBy(t => t.InsiderCik).ToDictionary(g => g.Key, g => g.ToList());
        var merged = new Dictionary<long, List<InsiderTrade>>();
        var conversionsSince = ordered.Count > 0 ? ordered[0].Date.AddYears(-1) : DateOnly.MinValue; // no window starts earlier
        var sales = ordered.Where(SignalTrades.IsDiscretionarySale).Where(t => t.Shares > 0 && t.OwnedAfter >= 0);
        foreach (var holding in sales.GroupBy(t => (t.InsiderCik, t.DirectOrIndirect)).OrderBy(g => g.Key.InsiderCik).ThenBy(g => g.Key.DirectOrIndirect))
        {
            var rows = holding.ToList();
            var i = 0;
            while (i < rows.Count)
            {
                var start = rows[i].Date;
                var end = start.AddDays(options.LiquidationWindowDays);
                var window = rows.Skip(i).TakeWhile(t => t.Date <= end).ToList();
                var insider = holding.Key.InsiderCik;
                var signal = Liquidation(window, holding.Key.DirectOrIndirect, () =>
                    PositionChains.Of(LatestConversions(ConversionsOf(insider, conversions, merged, earlier, conversionsSince), start, window[^1].Date))?.Remaining ?? 0, options);
                if (signal is not null)
                {
                    yield return signal;
                    i += window.Count;
                    continue;
                }

                while (i < rows.Count && rows[i].Date == start) i++;
            }
        }
    }

    // Older conversions first: the order the full evaluation reads (the earlier ones are all before the window).
    private static List<InsiderTrade> ConversionsOf(
        long insiderCik, Dictionary<long, List<InsiderTrade>> inWindow, Dictionary<long, List<InsiderTrade>> merged, IEarlierTrades earlier, DateOnly since)
    {
        if (merged.TryGetValue(insiderCik, out var known)) return known;
        List<InsiderTrade> all = [.. earlier.Conversions(insiderCik, since), .. inWindow.GetValueOrDefault(insiderCik) ?? []];
        merged[insiderCik] = all;
        return all;
    }

    // The insider's most recent conversion of derivative stock (class B into class A) up to the window's end, at most a
    // year before it: the class B balance those rows leave is stock the insider still holds.
    private static List<InsiderTrade> LatestConversions(List<InsiderTrade> insiderConversions, DateOnly start, DateOnly end)
    {
        var conversions = DateRange.Between(insiderConversions, start.AddYears(-1), end);
        if (conversions.Count == 0) return [];
        var last = conversions.Max(t => t.Date);
        return conversions.Where(t => t.Date == last).ToList();
    }

    // Shares sold right after converting class B stock are not the whole stake: the class B still held after the
    // conversion (the derivative row's balance) counts as position kept. Kept shares only raise the share remaining
    // (remaining <= before), so the conversions are read only for a window that fires without them.
    private static Signal? Liquidation(List<InsiderTrade> window, char holding, Func<decimal> keptAfterConversion, SignalOptions options)
    {
        var start = window[0].Date;
        var lastDay = window[^1].Date;
        if (PositionChains.Of(window) is not (var sold, var left)) return null;
        if (left / sold > options.LiquidationMaxRemaining) return null;
        var convertibleKept = keptAfterConversion();
        var (before, remaining) = (sold + convertibleKept, left + convertibleKept);
        if (remaining / before > options.LiquidationMaxRemaining) return null;
        var opening = window[0];
        var price = opening.Price ?? window.Max(t => t.Price);
        if (price is not { } p || before * p < options.LiquidationMinPositionValue) return null;

        var soldShare = (before - remaining) / before;
        var value = SignalTrades.KnownValue(window);
        var who = opening.InsiderName;
        var indirect = holding == 'I' ? " (indirect holding)" : "";
        var planned = window.All(t => t.Classification.Plan.Status == PlanStatus.No) ? "none under a 10b5-1 plan (checkbox)" : "no 10b5-1 plan reported";
        return Signal.About(
            SignalKind.NearCompleteLiquidation, window, start, lastDay, [opening.InsiderCik], [who],
            reason: $"Near-complete exit: {who} sold {SignalText.Percent(soldShare)} of a {SignalText.Money(before * p)} position{indirect} {SignalText.Span(start, lastDay)} ({SignalText.Money(value)}), keeping {SignalText.Percent(remaining / before)}.",
            @checked: $"Checked: every sale is discretionary — {planned}, no same-day option exercise, no tax on vesting; " +
                (convertibleKept > 0 ? $"{convertibleKept:#,0} convertible shares still held after the latest conversion count as kept; " : "") +
                $"fires when at most {SignalText.Percent(options.LiquidationMaxRemaining)} remains within {options.LiquidationWindowDays} days of the first sale.",
            value: value,
            insider: opening.InsiderCik,
            idSuffix: holding == 'I' ? ":I" : "");
    }
}
