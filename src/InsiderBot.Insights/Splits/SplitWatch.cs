namespace InsiderBot.Insights.Splits;

/// <summary>
/// What a company's split inference needs of its history to vouch that a filing added after it leaves the inferred
/// splits as they were, so that each new filing does not send the company through an inference over every filing it
/// ever made: the latest observations of each insider's lines, the spans of each insider's candidate splits, and the
/// windows in which a reported price could change how a candidate split is judged. <see cref="SplitInference.Infer(long, IEnumerable{SplitFacts}, out SplitWatch)"/>
/// makes one; <see cref="TryAppend"/> vouches for a filing or refuses it, and a refused filing needs a full inference.
/// </summary>
/// <remarks>
/// Why a vouched filing changes nothing: each of its positions falls among the latest observations of its line (or
/// starts a line, or comes first in a line the watch holds whole), so the pairs of consecutive positions it splits or
/// makes are all in view, and none of them could be a candidate; it falls outside every candidate of its insider, so it
/// explains none of them away as a transfer; none of its prices would become the price a candidate split is judged by
/// from before or since; and it states no split.
/// Filings arrive out of order (a late Form 4, two filed the same day), so a position dated before its insider's latest
/// is vouched for as long as it lands among the observations kept.
/// </remarks>
public sealed class SplitWatch
{
    /// <summary>How many of a line's latest observations a watch keeps.</summary>
    public const int TailLength = 3;

    private readonly Dictionary<(long Insider, string Line), SplitLineTail> tails;
    private readonly Dictionary<long, List<(DateOnly After, DateOnly By)>> candidates;
    private readonly List<(DateOnly From, DateOnly To)> priceWindows;

    public SplitWatch(
        IEnumerable<KeyValuePair<(long Insider, string Line), SplitLineTail>> tails,
        IEnumerable<KeyValuePair<long, List<(DateOnly After, DateOnly By)>>> candidates,
        IEnumerable<(DateOnly From, DateOnly To)> priceWindows)
    {
        this.tails = new Dictionary<(long Insider, string Line), SplitLineTail>(tails);
        this.candidates = new Dictionary<long, List<(DateOnly After, DateOnly By)>>(candidates);
        this.priceWindows = [.. priceWindows];
    }

    /// <summary>The latest observations of each (insider, line).</summary>
    public IReadOnlyDictionary<(long Insider, string Line), SplitLineTail> Tails => tails;

    /// <summary>Each insider's candidate splits, as the days between the two positions that make each (oldest first).</summary>
    public IReadOnlyDictionary<long, List<(DateOnly After, DateOnly By)>> Candidates => candidates;

    /// <summary>
    /// The days on which a reported price would change the prices a candidate split is judged by: from the last priced
    /// day before it to its first day, and from its last day to the first priced day since (open-ended while it has none).
    /// </summary>
    public IReadOnlyList<(DateOnly From, DateOnly To)> PriceWindows => priceWindows;

    /// <summary>The watch over a company's positions, its candidate splits and the intervals of the splits they make.</summary>
    internal static SplitWatch Of(IEnumerable<PositionObservation> positions, IEnumerable<SplitCandidate> found, IEnumerable<(DateOnly From, DateOnly To)> priceWindows)
    {
        var tails = positions.GroupBy(p => (p.InsiderCik, p.Line)).Select(line => KeyValuePair.Create(line.Key, SplitLineTail.Of(line)));
        var spans = found.GroupBy(c => c.InsiderCik)
            .Select(g => KeyValuePair.Create(g.Key, g.Select(c => (c.After, c.By)).Distinct().Order().ToList()));

        var windows = priceWindows.OrderBy(w => w.From).ToList();
        var merged = new List<(DateOnly From, DateOnly To)>();
        foreach (var w in windows)
        {
            if (merged.Count > 0 && w.From <= merged[^1].To) merged[^1] = (merged[^1].From, w.To > merged[^1].To ? w.To : merged[^1].To);
            else merged.Add(w);
        }

        return new SplitWatch(tails, spans, merged);
    }

    /// <summary>
    /// True when adding the filing's facts leaves the company's inferred splits as they were; the watch then covers them.
    /// False (the watch unchanged) when it cannot tell: a position older than the observations its line keeps, one that
    /// splits or makes a pair moving by a usual split ratio, one inside a candidate of its insider, a price in one of
    /// the <see cref="PriceWindows"/>, or a footnote stating a split.
    /// </summary>
    public bool TryAppend(SplitFacts facts)
    {
        if (facts.Statements.Count > 0) return false;
        foreach (var price in facts.Prices)
        {
            if (priceWindows.Any(w => w.From <= price.Date && price.Date <= w.To)) return false;
        }

        foreach (var p in facts.Positions)
        {
            if (candidates.TryGetValue(p.InsiderCik, out var spans) && spans.Any(c => p.Last >= c.After && p.First <= c.By)) return false;
            if (!tails.TryGetValue((p.InsiderCik, p.Line), out var tail)) continue;
            var at = tail.Place(p);
            if (at == 0 && !tail.Whole) return false;
            var before = at > 0 ? tail.Latest[at - 1] : null;
            var after = at < tail.Latest.Count ? tail.Latest[at] : null;
            if (before is not null && after is not null && SplitInference.MayPair(before, after)) return false;
            if (before is not null && SplitInference.MayPair(before, p)) return false;
            if (after is not null && SplitInference.MayPair(p, after)) return false;
        }

        foreach (var p in facts.Positions)
        {
            var key = (p.InsiderCik, p.Line);
            tails[key] = tails.TryGetValue(key, out var tail) ? tail.With(p) : SplitLineTail.Of([p]);
        }

        return true;
    }
}
