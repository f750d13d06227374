namespace InsiderBot.Insights.Signals;

/// <summary>Where a reading sits against its own history: the share of past readings below it (ties count half).</summary>
public sealed record RatioRank(decimal Percentile, int HistoryCount, bool IsExtremeHigh, bool IsExtremeLow)
{
    public bool IsExtreme => IsExtremeHigh || IsExtremeLow;

    public static RatioRank? Of(decimal? current, IReadOnlyList<decimal> history, int minHistory, decimal decile)
    {
        if (current is not { } c || history.Count < minHistory || history.Count == 0) return null;
        var below = history.Count(h => h < c) + history.Count(h => h == c) / 2m;
        var percentile = Math.Round(below / history.Count, 4);
        return new RatioRank(percentile, history.Count, percentile >= 1 - decile, percentile <= decile);
    }
}
