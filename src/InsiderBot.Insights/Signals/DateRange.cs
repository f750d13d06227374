namespace InsiderBot.Insights.Signals;

/// <summary>Binary search over trades in date order: the trades between two dates without scanning the rest.</summary>
public static class DateRange
{
    public static List<InsiderTrade> Between(IReadOnlyList<InsiderTrade> ordered, DateOnly from, DateOnly to)
    {
        var result = new List<InsiderTrade>();
        for (var i = FirstOnOrAfter(ordered, from); i < ordered.Count && ordered[i].Date <= to; i++) result.Add(ordered[i]);
        return result;
    }

    public static int FirstOnOrAfter(IReadOnlyList<InsiderTrade> ordered, DateOnly date)
    {
        int lo = 0, hi = ordered.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ordered[mid].Date < date) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
