namespace InsiderBot.Benchmarks.Suite;

/// <summary>Nearest-rank percentiles of a sample (milliseconds, counts).</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> values, double percentile)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
