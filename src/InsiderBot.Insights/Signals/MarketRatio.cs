using System.Globalization;

namespace InsiderBot.Insights.Signals;

/// <summary>
/// Lakonishok &amp; Lee's aggregate reading: open-market purchases against discretionary sales across the whole store,
/// per month and week, with the month ranked against the previous 59. Selling is structurally higher than buying, so the
/// text reads the ratio against its own history, never against an even split.
/// </summary>
public static class MarketRatio
{
    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The first day of the first month <see cref="Read"/> needs trades from.</summary>
    public static DateOnly HistoryStart(DateOnly month, SignalOptions options) => MonthStart(month).AddMonths(-options.RatioHistoryMonths);

    /// <summary>The reading from trades (only those between <see cref="HistoryStart"/> and the month's end count).</summary>
    public static MarketReading Read(IEnumerable<InsiderTrade> trades, DateOnly month, SignalOptions options)
    {
        var start = MonthStart(month);
        return FromDays(Tally(trades.Where(t => t.Date >= HistoryStart(start, options) && t.Date < start.AddMonths(1))), month, options);
    }

    /// <summary>The reading from per-day tallies (the store keeps them, so a reading never rescans five years of trades).</summary>
    public static MarketReading FromDays(IEnumerable<DecisionDay> days, DateOnly month, SignalOptions options)
    {
        var start = MonthStart(month);
        var decisions = days.Where(d => d.Day >= HistoryStart(start, options) && d.Day < start.AddMonths(1)).ToList();
        var history = Enumerable.Range(1, options.RatioHistoryMonths)
            .Select(back => start.AddMonths(-back))
            .Select(m => Reading(decisions, m, m.AddMonths(1).AddDays(-1)))
            .ToList();
        return Ranked(decisions, Reading(decisions, start, start.AddMonths(1).AddDays(-1)), history, start.ToString("MMMM yyyy", CultureInfo.InvariantCulture), "months", options);
    }

    /// <summary>The first day a window's reading reads: <see cref="SignalOptions.RatioHistoryMonths"/> windows of its length before it.</summary>
    public static DateOnly HistoryStart(DateOnly from, DateOnly to, SignalOptions options) => from.AddDays(-Length(from, to) * options.RatioHistoryMonths);

    /// <summary>
    /// The reading for any window of days (<c>/ratio from:2022-04-01 to:2022-04-20</c>), ranked against as many windows
    /// of the same length right before it as a month is ranked against months, so a short window is held against short ones.
    /// </summary>
    public static MarketReading FromDays(IEnumerable<DecisionDay> days, DateOnly from, DateOnly to, SignalOptions options)
    {
        var length = Length(from, to);
        var decisions = days.Where(d => d.Day >= HistoryStart(from, to, options) && d.Day <= to).ToList();
        var history = Enumerable.Range(1, options.RatioHistoryMonths)
            .Select(back => Reading(decisions, from.AddDays(-length * back), to.AddDays(-length * back)))
            .ToList();
        var name = $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} → {to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return Ranked(decisions, Reading(decisions, from, to), history, name, $"{length}-day periods", options);
    }

    private static int Length(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber + 1;

    private static MarketReading Ranked(List<DecisionDay> decisions, RatioReading current, List<RatioReading> history, string name, string periods, SignalOptions options)
    {
        var firstMonday = current.Start.AddDays(-(((int)current.Start.DayOfWeek + 6) % 7));
        var weeks = new List<RatioReading>();
        for (var monday = firstMonday; monday <= current.End; monday = monday.AddDays(7))
            weeks.Add(Reading(decisions, monday, monday.AddDays(6)));

        var counted = history.Where(h => h.CountRatio is not null).Select(h => h.CountRatio!.Value).ToList();
        var valued = history.Where(h => h.ValueRatio is not null).Select(h => h.ValueRatio!.Value).ToList();
        var countRank = RatioRank.Of(current.CountRatio, counted, options.RatioMinHistoryMonths, options.ExtremeDecile);
        var valueRank = RatioRank.Of(current.ValueRatio, valued, options.RatioMinHistoryMonths, options.ExtremeDecile);
        return new MarketReading(current, weeks, history, countRank, valueRank, Text(current, name, periods, countRank, valueRank, counted.Count, options));
    }

    /// <summary>
    /// Per-day decisions: open-market purchases and discretionary sales grouped into insider-days (plan, exercise and tax
    /// sales and flagged rows are left out by <see cref="SignalTrades"/>). Days without decisions are left out.
    /// </summary>
    public static IReadOnlyList<DecisionDay> Tally(IEnumerable<InsiderTrade> trades) =>
        trades.Where(t => SignalTrades.IsOpenMarketPurchase(t) || SignalTrades.IsDiscretionarySale(t))
            .GroupBy(t => (t.IssuerCik, t.InsiderCik, t.Date, Buy: SignalTrades.IsOpenMarketPurchase(t)))
            .Select(g => (g.Key.Date, g.Key.Buy, Value: g.Sum(t => t.Classification.Value ?? 0)))
            .GroupBy(d => d.Date)
            .Select(day => new DecisionDay(
                day.Key,
                day.Count(d => d.Buy),
                day.Count(d => !d.Buy),
                day.Where(d => d.Buy).Sum(d => d.Value),
                day.Where(d => !d.Buy).Sum(d => d.Value)))
            .OrderBy(d => d.Day)
            .ToList();

    private static string Text(RatioReading month, string name, string periods, RatioRank? count, RatioRank? value, int history, SignalOptions options)
    {
        if (month.Decisions == 0) return $"No open-market purchases or discretionary sales are stored for {name}.";
        var mix = $"{name}: {month.Purchases} open-market buy{(month.Purchases == 1 ? "" : "s")} against {month.Sales} discretionary sale{(month.Sales == 1 ? "" : "s")} (insider-days).";
        if (count is null)
            return $"{mix} Too little history to rank it: {history} earlier {(history == 1 ? periods.TrimEnd('s') : periods)} with trades, {options.RatioMinHistoryMonths} needed.";
        return $"{mix} By count, buying ranks above {Percent(count.Percentile)} of the previous {count.HistoryCount} {periods}{Extreme(count)}" +
            (value is null ? "." : $"; by value, above {Percent(value.Percentile)}{Extreme(value)}.") +
            " Selling always outnumbers buying, so the reading is against its own history, not an even split.";
    }

    private static string Extreme(RatioRank rank) =>
        rank.IsExtremeHigh ? " — extreme: buying this strong is in the top decile" :
        rank.IsExtremeLow ? " — extreme: buying this weak is in the bottom decile" : "";

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static RatioReading Reading(List<DecisionDay> days, DateOnly from, DateOnly to)
    {
        var inRange = days.Where(d => d.Day >= from && d.Day <= to).ToList();
        return new RatioReading(from, to, inRange.Sum(d => d.Purchases), inRange.Sum(d => d.Sales), inRange.Sum(d => d.PurchaseValue), inRange.Sum(d => d.SaleValue));
    }
}
