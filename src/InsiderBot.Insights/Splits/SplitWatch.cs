namespace InsiderBot.Insights.Splits;

/// <summary>
/// What a company's split inference needs of its history to vouch that a filing added after it leaves the inferred
/// splits as they were, so that each new filing does not send the company through an inference over every filing it
/// ever made: each insider's latest observed day, the position each of an insider's lines ended at, and the windows
/// in which a reported price could change how a candidate split is judged. <see cref="SplitInference.Infer(long, IEnumerable{SplitFacts}, out SplitWatch)"/>
/// makes one; <see cref="TryAppend"/> vouches for a filing or refuses it, and a refused filing needs a full inference.
/// </summary>
/// <remarks>
/// Why a vouched filing changes nothing: its positions all start after every day its insider was seen on, so each is the
/// last of its line and every existing pair of consecutive positions stays as it was, none of them explained by a
/// transfer it did not have before; the one new pair per line it makes is checked against the usual ratios; none of its
/// prices is near a candidate split; and it states no split.
/// </remarks>
public sealed class SplitWatch
{
    private readonly Dictionary<long, DateOnly> insiderLast;
    private readonly Dictionary<(long Insider, string Line), decimal> lineEnds;
    private readonly List<(DateOnly From, DateOnly To)> priceWindows;

    public SplitWatch(
        IEnumerable<KeyValuePair<long, DateOnly>> insiderLast,
        IEnumerable<KeyValuePair<(long Insider, string Line), decimal>> lineEnds,
        IEnumerable<(DateOnly From, DateOnly To)> priceWindows)
    {
        this.insiderLast = new Dictionary<long, DateOnly>(insiderLast);
        this.lineEnds = new Dictionary<(long Insider, string Line), decimal>(lineEnds);
        this.priceWindows = [.. priceWindows];
    }

    /// <summary>Each insider's latest day in any of its positions.</summary>
    public IReadOnlyDictionary<long, DateOnly> InsiderLast => insiderLast;

    /// <summary>The position each (insider, line) stood at after its latest observation.</summary>
    public IReadOnlyDictionary<(long Insider, string Line), decimal> LineEnds => lineEnds;

    /// <summary>The days on which a reported price may change a candidate split's judgement (each candidate's interval widened by the price window).</summary>
    public IReadOnlyList<(DateOnly From, DateOnly To)> PriceWindows => priceWindows;

    /// <summary>The watch over a company's positions and the intervals of its candidate splits.</summary>
    internal static SplitWatch Of(IEnumerable<PositionObservation> positions, IEnumerable<(DateOnly After, DateOnly By)> candidates, int priceWindowDays)
    {
        var last = new Dictionary<long, DateOnly>();
        var ends = new Dictionary<(long Insider, string Line), PositionObservation>();
        foreach (var p in positions)
        {
            if (!last.TryGetValue(p.InsiderCik, out var day) || p.Last > day) last[p.InsiderCik] = p.Last;
            var key = (p.InsiderCik, p.Line);
            if (!ends.TryGetValue(key, out var end) || SplitInference.InLine.Compare(p, end) > 0) ends[key] = p;
        }

        var windows = candidates.Select(c => (From: c.After.AddDays(-priceWindowDays), To: c.By.AddDays(priceWindowDays))).OrderBy(w => w.From).ToList();
        var merged = new List<(DateOnly From, DateOnly To)>();
        foreach (var w in windows)
        {
            if (merged.Count > 0 && w.From <= merged[^1].To) merged[^1] = (merged[^1].From, w.To > merged[^1].To ? w.To : merged[^1].To);
            else merged.Add(w);
        }

        return new SplitWatch(last, ends.Select(e => KeyValuePair.Create(e.Key, e.Value.After)), merged);
    }

    /// <summary>
    /// True when adding the filing's facts leaves the company's inferred splits as they were; the watch then covers them.
    /// False (the watch unchanged) when it cannot tell: an earlier day for the insider, a position that moved by a usual
    /// split ratio since its line's last, a price near a candidate split, or a footnote stating a split.
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
            if (insiderLast.TryGetValue(p.InsiderCik, out var last) && p.First <= last) return false;
            if (lineEnds.TryGetValue((p.InsiderCik, p.Line), out var end) && SplitInference.Pair(end, p.Before) is not null) return false;
        }

        foreach (var p in facts.Positions)
        {
            if (!insiderLast.TryGetValue(p.InsiderCik, out var last) || p.Last > last) insiderLast[p.InsiderCik] = p.Last;
            lineEnds[(p.InsiderCik, p.Line)] = p.After;
        }

        return true;
    }
}
