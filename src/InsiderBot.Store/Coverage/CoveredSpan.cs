namespace InsiderBot.Store.Coverage;

/// <summary>A stretch of days (inclusive) whose Form 4s the store holds completely, and where they came from.</summary>
public sealed record CoveredSpan(DateOnly From, DateOnly To, IReadOnlyList<string> Sources)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>Overlapping or adjoining spans joined into one, oldest first.</summary>
    public static IReadOnlyList<CoveredSpan> Merge(IEnumerable<CoveredSpan> spans)
    {
        var merged = new List<CoveredSpan>();
        foreach (var span in spans.OrderBy(s => s.From))
        {
            if (merged.Count > 0 && merged[^1] is var last && span.From.DayNumber <= last.To.DayNumber + 1)
            {
                merged[^1] = new CoveredSpan(last.From, span.To > last.To ? span.To : last.To, last.Sources.Union(span.Sources, StringComparer.Ordinal).ToList());
                continue;
            }

            merged.Add(span);
        }

        return merged;
    }
}
