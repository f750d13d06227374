using InsiderBot.Insights.Splits;

namespace InsiderBot.Insights.Signals;

/// <summary>
/// Selling into strength after a long quiet period: an insider with at least two years of history and no sale in the
/// last two years sells at a price within 5% of the highest price any insider of the company traded at in the last
/// three years. The prices are the store's own (P and S rows of the company's insiders), not a market feed.
/// </summary>
public static class SellingIntoStrengthDetector
{
    public static IEnumerable<Signal> Detect(IReadOnlyList<InsiderTrade> ordered, SignalOptions options) =>
        Detect(ordered, options, IEarlierTrades.None, DateOnly.MinValue);

    /// <summary>
    /// Sale days from <paramref name="from"/> on; the insider's first trade, last sale and the company's priced trades may
    /// be older than <paramref name="ordered"/> (asked of <paramref name="earlier"/> only for a day that passes the cheaper checks).
    /// </summary>
    /// <remarks>With <paramref name="splits"/> the trades are already restated on today's basis; the reason says so when a split falls after the high or the sale.</remarks>
    public static IEnumerable<Signal> Detect(IReadOnlyList<InsiderTrade> ordered, SignalOptions options, IEarlierTrades earlier, DateOnly from, SplitHistory? splits = null)
    {
        var clean = ordered.Where(t => !t.Classification.IsFlagged).ToList();
        var firstTrade = new Dictionary<long, InsiderTrade>();
        foreach (var t in clean) firstTrade.TryAdd(t.InsiderCik, t);
        var sales = clean.Where(SignalTrades.IsSale).GroupBy(t => t.InsiderCik).ToDictionary(g => g.Key, g => g.ToList());
        var priced = clean.Where(SignalTrades.HasMarketPrice).ToList();
        List<InsiderTrade>? history = null; // the priced trades before the window and in it, from historySince on
        var historySince = DateOnly.MaxValue;
        foreach (var day in SaleDay.Of(ordered).Where(d => d.Date >= from))
        {
            if (day.HighPrice is not { } salePrice) continue;
            var quietSince = day.Date.AddYears(-options.QuietPeriodYears);
            var ownSales = sales[day.InsiderCik];
            var before = DateRange.FirstOnOrAfter(ownSales, day.Date) - 1;
            if (before >= 0 ? ownSales[before].Date >= quietSince : earlier.SoldSince(day.InsiderCik, quietSince)) continue;

            // The insider's sales over the quiet period first, then the company's prices over the lookback (read once per
            // evaluation, the high found in place); the insider's first trade and last sale may reach back through all of
            // the company's years, so they are read only for a sale at the high.
            var since = day.Date.AddYears(-options.StrengthLookbackYears);
            if (history is null || since < historySince)
            {
                history = [.. earlier.PricedSince(since), .. priced];
                historySince = since;
            }

            var (lo, hi) = (DateRange.FirstOnOrAfter(history, since), DateRange.FirstOnOrAfter(history, day.Date.AddDays(1)));
            if (Highest(history, lo, hi, day) is not { } high) continue;
            if (salePrice < high.Price!.Value * (1 - options.StrengthBand)) continue;

            var firstOwn = earlier.FirstTrade(day.InsiderCik) ?? firstTrade.GetValueOrDefault(day.InsiderCik);
            if (firstOwn is null || firstOwn.Date > quietSince) continue;
            var lastSale = before >= 0 ? ownSales[before] : earlier.LastSale(day.InsiderCik);

            var prices = history[lo..hi].Where(t => !Own(t, day)).ToList();
            var first = day.Trades[0];
            var quiet = lastSale is null ? $"no sale in the store since their first trade on {SignalText.Day(firstOwn.Date)}" : $"no sale since {SignalText.Day(lastSale.Date)}";
            var level = salePrice >= high.Price.Value ? "at or above" : $"within {SignalText.Percent(1 - salePrice / high.Price.Value)} of";
            yield return Signal.About(
                SignalKind.SellingIntoStrength, day.Trades, day.Date, day.Date, [day.InsiderCik], [first.InsiderName],
                reason: $"Selling into strength after a quiet period: {first.InsiderName} ({quiet}) sold {SignalText.Money(day.Value)} on {SignalText.Day(day.Date)} " +
                    $"at up to ${salePrice:0.##}, {level} the ${high.Price.Value:0.##} high of insider trades since {SignalText.Day(since)} (the store's own prices, not a market feed{AdjustedBy(splits, high.Date)}).",
                @checked: $"Checked: the sale is discretionary ({day.PlanWords}, no same-day exercise, no tax on vesting); " +
                    $"the insider's history in the store starts {SignalText.Day(firstOwn.Date)}; the high is {SignalText.Day(high.Date)}, from {high.InsiderName}'s {high.Code}, " +
                    $"one of {prices.Count} priced insider trade{(prices.Count == 1 ? "" : "s")} on {prices.Select(t => t.Date).Distinct().Count()} day{(prices.Select(t => t.Date).Distinct().Count() == 1 ? "" : "s")} in the store over that time.",
                value: day.Value,
                insider: day.InsiderCik);
        }
    }

    // The first of the highest-priced trades in a range, the seller's own trades of that day left out (as MaxBy picks it).
    private static InsiderTrade? Highest(List<InsiderTrade> history, int lo, int hi, SaleDay day)
    {
        InsiderTrade? high = null;
        for (var i = lo; i < hi; i++)
        {
            var t = history[i];
            if (!Own(t, day) && (high is null || t.Price!.Value > high.Price!.Value)) high = t;
        }

        return high;
    }

    private static bool Own(InsiderTrade trade, SaleDay day) => trade.InsiderCik == day.InsiderCik && trade.Date == day.Date;

    // ", split-adjusted to today's shares across the 3-for-1 split of 2022-08-25" when a split falls after the earlier of the two days.
    private static string AdjustedBy(SplitHistory? splits, DateOnly earliest)
    {
        var after = splits?.Splits.Where(s => s.IsBefore(earliest)).ToList() ?? [];
        return after.Count == 0 ? "" : $", split-adjusted to today's shares across the {string.Join(" and ", after.Select(s => $"{s.Ratio} split of {SignalText.Day(s.By)}"))}";
    }
}
