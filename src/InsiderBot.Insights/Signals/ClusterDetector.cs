namespace InsiderBot.Insights.Signals;

/// <summary>Cluster buying (clean or mixed) and cluster selling.</summary>
public static class ClusterDetector
{
    public static IEnumerable<Signal> Buying(IReadOnlyList<InsiderTrade> ordered, SignalOptions options)
    {
        var purchases = ordered.Where(SignalTrades.IsOpenMarketPurchase).ToList();
        foreach (var (start, end, trades) in ClusterWindows.Find(purchases, options.ClusterMinInsiders, options.ClusterWindowDays))
        {
            var (ciks, names) = SignalTrades.InsidersOf(trades);
            var inWindow = DateRange.Between(ordered, start, end);
            var sales = inWindow.Where(SignalTrades.IsDiscretionarySale).ToList();
            var mechanical = inWindow.Where(SignalTrades.IsMechanicalSale).ToList();
            var last = trades[^1].Date;
            var value = SignalTrades.KnownValue(trades);
            var bought = $"{SignalText.Insiders(ciks.Count)} ({SignalText.Names(names)}) bought {SignalText.Money(value)} on the open market {SignalText.Span(start, last)}";
            string reason;
            if (sales.Count == 0) reason = $"Clean cluster buy: {bought}, and no insider of the company sold at their own discretion.";
            else
            {
                var (_, sellerNames) = SignalTrades.InsidersOf(sales);
                reason = $"Mixed cluster buy: {bought}, while {SignalText.Names(sellerNames)} sold {SignalText.Money(SignalTrades.KnownValue(sales))} at their own discretion.";
            }

            var context = mechanical.Count == 0
                ? "none were mechanical"
                : $"{mechanical.Count} mechanical sale{(mechanical.Count == 1 ? "" : "s")} (10b5-1 plan, option exercise, taxes) listed as context and not counted as selling";
            var checkedText = $"Checked: every purchase is an open-market buy not under a 10b5-1 plan; joint filers counted once; " +
                $"discretionary sales by any insider of the company {SignalText.Span(start, end)}: {(sales.Count == 0 ? "none" : sales.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}; " +
                $"sales in the window: {context}.";
            yield return Signal.About(SignalKind.ClusterBuying, trades, start, last, ciks, names, reason, checkedText, value) with
            {
                Context = [.. sales, .. mechanical],
                IsMixed = sales.Count > 0,
            };
        }
    }

    public static IEnumerable<Signal> Selling(IReadOnlyList<InsiderTrade> ordered, SignalOptions options)
    {
        var sales = ordered.Where(SignalTrades.IsDiscretionarySale).ToList();
        foreach (var (start, end, trades) in ClusterWindows.Find(sales, options.ClusterMinInsiders, options.ClusterWindowDays))
        {
            var (ciks, names) = SignalTrades.InsidersOf(trades);
            var last = trades[^1].Date;
            var value = SignalTrades.KnownValue(trades);
            var mechanical = DateRange.Between(ordered, start, end).Count(SignalTrades.IsMechanicalSale);
            yield return Signal.About(
                SignalKind.ClusterSelling, trades, start, last, ciks, names,
                reason: $"Cluster selling: {SignalText.Insiders(ciks.Count)} ({SignalText.Names(names)}) sold {SignalText.Money(value)} at their own discretion {SignalText.Span(start, last)}.",
                @checked: $"Checked: none of these sales was under a 10b5-1 plan, tied to a same-day option exercise or to taxes on vesting; " +
                    $"joint filers counted once; {mechanical} mechanical sale{(mechanical == 1 ? "" : "s")} in the window left out.",
                value: value);
        }
    }
}
