namespace InsiderBot.Store.Coverage;

/// <summary>
/// What the store's history covers: the market's complete stretches (data sets, daily-index walks, the live feed
/// without a gap), each company's own fetched ranges, and whether the bundled sample is held.
/// </summary>
public sealed record StoreCoverage(IReadOnlyList<CoveredSpan> Market, IReadOnlyDictionary<long, IReadOnlyList<CoveredSpan>> Companies, bool HoldsSample)
{
    /// <summary>
    /// Days a span may end before today and still count as reaching now: a weekend and a holiday without filings, or
    /// today's filings not polled yet.
    /// </summary>
    public const int NowSlackDays = 4;

    public bool IsRecorded => Market.Count > 0 || Companies.Count > 0;

    /// <summary>The spans that apply to one company (the market's and its own), or the market's alone.</summary>
    public IReadOnlyList<CoveredSpan> For(long? issuerCik) =>
        issuerCik is { } cik && Companies.TryGetValue(cik, out var own) ? CoveredSpan.Merge(Market.Concat(own)) : Market;

    public static bool ReachesNow(CoveredSpan span, DateOnly today) => span.To.DayNumber >= today.DayNumber - NowSlackDays;

    /// <summary>Null when the store's history covers the whole window [from, to]; otherwise what is missing.</summary>
    public CoverageShortfall? Check(long? issuerCik, DateOnly from, DateOnly to)
    {
        var spans = For(issuerCik);
        if (spans.Count == 0) return new CoverageShortfall(HoldsSample ? CoverageShortfallKind.SampleOnly : CoverageShortfallKind.Unknown, null, spans);
        var last = spans.LastOrDefault(s => s.From <= to && (s.To >= to || ReachesNow(s, to)));
        if (last is null) return new CoverageShortfall(CoverageShortfallKind.NotCovered, null, spans);
        return last.From <= from ? null : new CoverageShortfall(CoverageShortfallKind.StartsLater, last.From, spans);
    }
}
