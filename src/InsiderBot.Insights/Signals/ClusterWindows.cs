namespace InsiderBot.Insights.Signals;

/// <summary>
/// Finds clusters: from the earliest trade not yet in a cluster, the trades of the next <c>windowDays</c> days; when
/// they come from enough distinct insiders they are a cluster (anchored on its first day, so a cluster that grows keeps
/// its id) and the search resumes after the window; otherwise it moves on to the next trading day. Joint filers are one
/// insider (<see cref="InsiderTrade.InsiderCik"/> is the filer).
/// </summary>
public static class ClusterWindows
{
    public static IEnumerable<(DateOnly Start, DateOnly End, List<InsiderTrade> Trades)> Find(
        IReadOnlyList<InsiderTrade> ordered, int minInsiders, int windowDays)
    {
        var i = 0;
        while (i < ordered.Count)
        {
            var start = ordered[i].Date;
            var end = start.AddDays(windowDays);
            var j = i;
            while (j < ordered.Count && ordered[j].Date <= end) j++;
            var window = ordered.Skip(i).Take(j - i).ToList();
            if (window.Select(t => t.InsiderCik).Distinct().Count() >= minInsiders)
            {
                yield return (start, end, window);
                i = j;
                continue;
            }

            while (i < ordered.Count && ordered[i].Date == start) i++;
        }
    }
}
