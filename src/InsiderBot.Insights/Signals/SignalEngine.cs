using InsiderBot.Insights.Splits;

namespace InsiderBot.Insights.Signals;

/// <summary>
/// Runs every detector over one company's classified trades. Pure and deterministic: the same trades, in any order,
/// give the same signals in the same order, so re-evaluating only the companies a filing touches gives exactly what a
/// full recompute gives.
/// </summary>
public sealed class SignalEngine(SignalOptions options)
{
    public SignalOptions Options => options;

    /// <summary>The signals that fire for one issuer, ranked (opportunistic first).</summary>
    public IReadOnlyList<Signal> EvaluateIssuer(long issuerCik, IEnumerable<InsiderTrade> trades) =>
        EvaluateIssuer(issuerCik, trades, IEarlierTrades.None, DateOnly.MinValue);

    /// <summary>
    /// The signals starting on or after <paramref name="from"/>, from the company's trades on and after that day (older
    /// ones given are ignored) plus what <paramref name="earlier"/> says about the trades before it. Equal to the full
    /// evaluation's signals from that day when <paramref name="from"/> is a day where every detector chain resets: no
    /// cluster or liquidation window of the full evaluation starts before it and reaches it (the store anchors on its
    /// stored signals to pick such a day).
    /// </summary>
    public IReadOnlyList<Signal> EvaluateIssuer(long issuerCik, IEnumerable<InsiderTrade> trades, IEarlierTrades earlier, DateOnly from) =>
        EvaluateIssuer(issuerCik, trades, earlier, from, SplitHistory.None);

    /// <summary>
    /// As above, with every price and share count restated on today's basis across the company's applied splits, so a
    /// price before a split compares with one after it.
    /// </summary>
    public IReadOnlyList<Signal> EvaluateIssuer(long issuerCik, IEnumerable<InsiderTrade> trades, IEarlierTrades earlier, DateOnly from, SplitHistory splits)
    {
        if (!splits.IsEmpty)
        {
            trades = trades.Select(t => SplitAdjustedTrade.Of(t, splits));
            earlier = new SplitAdjustedEarlierTrades(earlier, splits);
        }

        var ordered = SignalTrades.InOrder(trades.Where(t => t.IssuerCik == issuerCik && t.Date >= from).DistinctBy(t => t.Id));
        if (ordered.Count == 0) return [];
        var byInsider = ordered.GroupBy(t => t.InsiderCik).ToDictionary(g => g.Key, g => g.ToList());
        var routineSince = from.Year > options.RoutineLookbackYears ? new DateOnly(from.Year - options.RoutineLookbackYears, 1, 1) : DateOnly.MinValue;
        var statuses = new Dictionary<(long Insider, int Year), InsiderStatus>();
        var signals = ClusterDetector.Buying(ordered, options)
            .Concat(CSuiteSellingDetector.Detect(ordered, options))
            .Concat(LiquidationDetector.Detect(ordered, options, earlier))
            .Concat(ClusterDetector.Selling(ordered, options))
            .Concat(SellingIntoStrengthDetector.Detect(ordered, options, earlier, from, splits))
            .Where(s => s.From >= from)
            .Select(s => s with { Status = InsiderStatusReader.Combine(s.Insiders.Select(i => StatusOf(i, s.From.Year))) });
        return SignalRanking.Rank(signals);

        // An insider's status reads only the years before the signal's, so it is worked out once per insider and year.
        InsiderStatus StatusOf(long insider, int year)
        {
            if (statuses.TryGetValue((insider, year), out var known)) return known;
            return statuses[(insider, year)] = InsiderStatusReader.StatusOfMarketDays(
                earlier.MarketTradeDays(insider, routineSince).Concat(byInsider[insider].Where(InsiderStatusReader.IsMarketTrade).Select(t => t.Date)),
                new DateOnly(year, 1, 1),
                options.RoutineLookbackYears);
        }
    }

    /// <summary>Every issuer's signals: the full recompute.</summary>
    public IReadOnlyList<Signal> EvaluateAll(IEnumerable<InsiderTrade> trades) =>
        SignalRanking.Rank(trades.GroupBy(t => t.IssuerCik).SelectMany(g => EvaluateIssuer(g.Key, g)));
}
