namespace InsiderBot.Insights.Splits;

/// <summary>
/// The latest observations of one of an insider's lines (<see cref="SplitWatch.TailLength"/> at most, in
/// <see cref="SplitInference.InLine"/> order, exercise prices left out) and whether they are all the line has: enough to
/// tell which consecutive pairs a filing arriving among them would split or make.
/// </summary>
public sealed record SplitLineTail(IReadOnlyList<PositionObservation> Latest, bool Whole)
{
    /// <summary>A line's tail from all of its observations.</summary>
    internal static SplitLineTail Of(IEnumerable<PositionObservation> line)
    {
        var ordered = line.Order(SplitInference.InLine).ToList();
        return new SplitLineTail(ordered.Skip(Math.Max(0, ordered.Count - SplitWatch.TailLength)).Select(Bare).ToList(), ordered.Count <= SplitWatch.TailLength);
    }

    /// <summary>Where a new observation falls among the latest ones.</summary>
    internal int Place(PositionObservation p)
    {
        var at = Latest.Count;
        while (at > 0 && SplitInference.InLine.Compare(Latest[at - 1], p) > 0) at--;
        return at;
    }

    /// <summary>The tail with one more observation (the oldest dropped past <see cref="SplitWatch.TailLength"/>).</summary>
    internal SplitLineTail With(PositionObservation p)
    {
        var latest = Latest.ToList();
        latest.Insert(Place(p), Bare(p));
        return latest.Count > SplitWatch.TailLength ? new SplitLineTail(latest[1..], false) : new SplitLineTail(latest, Whole);
    }

    private static PositionObservation Bare(PositionObservation p) => p with { FirstStrike = null, LastStrike = null };
}
