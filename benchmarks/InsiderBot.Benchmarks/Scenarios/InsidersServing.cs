namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// What a serving process measured: per round, one time per sampled ticker (in the sample's order) for the floor, the
/// text answer and the chart; the answer's store calls; the rows in each ticker's window; opening, status and RSS. It
/// crosses from the serving child process to the scenario as JSON.
/// </summary>
public sealed record InsidersServing(
    IReadOnlyList<string> Tickers,
    int Rounds,
    int Days,
    DateOnly Today,
    List<double> Rows,
    double OpenMs,
    double RssOpen,
    List<double>[] Floor,
    List<double>[] Text,
    List<double>[] Chart,
    Dictionary<string, List<double>> Parts,
    double StatusMs,
    double PeakRss)
{
    /// <summary>The first round (each ticker's first touch) is left out of the percentiles when there are more.</summary>
    public int Skipped => Rounds > 1 ? 1 : 0;

    /// <summary>How the runtime was warmed up before the first round.</summary>
    public JitWarmUp WarmUp { get; init; } = new(0, 0, 0);

    /// <summary>The times after the first round, of every ticker or of the one at <paramref name="ticker"/> in the sample.</summary>
    public List<double> Warm(List<double>[] series, int? ticker = null) => ticker is { } i
        ? [.. series.Skip(Skipped).Select(round => round[i])]
        : [.. series.Skip(Skipped).SelectMany(round => round)];
}
