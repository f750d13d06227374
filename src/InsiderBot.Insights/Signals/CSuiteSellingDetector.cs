namespace InsiderBot.Insights.Signals;

/// <summary>
/// Unexplained C-suite selling: a discretionary sale (no plan, no same-day exercise, no tax on vesting) by a CEO, CFO,
/// COO or President of at least $1M or at least 20% of the position. An insider's sales of one day are one decision.
/// </summary>
public static class CSuiteSellingDetector
{
    public static IEnumerable<Signal> Detect(IReadOnlyList<InsiderTrade> ordered, SignalOptions options)
    {
        foreach (var day in SaleDay.Of(ordered))
        {
            var roles = day.Trades.Aggregate(InsiderRole.None, (r, t) => r | t.Classification.Roles) & options.CSuiteRoles;
            if (roles == InsiderRole.None) continue;
            var value = day.Value;
            var sold = day.PositionSold;
            var byValue = value >= options.UnexplainedSaleMinValue;
            var byPosition = sold >= options.UnexplainedSaleMinPosition;
            if (!byValue && !byPosition) continue;

            var first = day.Trades[0];
            var role = InsiderRoles.Senior(roles);
            var size = (byValue, sold) switch
            {
                (true, { } s) => $"{SignalText.Money(value)}, {SignalText.Percent(s)} of the position",
                (true, null) => SignalText.Money(value),
                _ => $"{SignalText.Percent(sold!.Value)} of the position ({SignalText.Money(value)})",
            };
            yield return Signal.About(
                SignalKind.UnexplainedCSuiteSelling, day.Trades, day.Date, day.Date, [day.InsiderCik], [first.InsiderName],
                reason: $"Unexplained sale by the {role}: {first.InsiderName} sold {size} on {SignalText.Day(day.Date)} at their own discretion.",
                @checked: $"Checked: {day.PlanWords}; no option exercise by the seller that day; no footnote ties the sale to taxes on vesting; " +
                    $"large means at least {SignalText.Money(options.UnexplainedSaleMinValue)} or {SignalText.Percent(options.UnexplainedSaleMinPosition)} of the position.",
                value: value,
                insider: day.InsiderCik);
        }
    }
}
