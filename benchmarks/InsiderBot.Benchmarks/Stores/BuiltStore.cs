namespace InsiderBot.Benchmarks.Stores;

/// <summary>A complete benchmark store and its raw TSV twin: how it was built and how big each is on disk.</summary>
public sealed record BuiltStore(
    string Path,
    string TsvPath,
    long Transactions,
    long Filings,
    long Rows,
    double BuildSeconds,
    double BuildPeakRssMb,
    int BatchSize,
    bool Reused)
{
    /// <summary>Seconds of the build spent storing filings; the rest of <see cref="BuildSeconds"/> evaluated the signals.</summary>
    public double IngestSeconds { get; init; }

    /// <summary>Signals the final evaluation stored.</summary>
    public long Signals { get; init; }

    /// <summary>The store file plus its LiteDB log file (if a checkpoint left one).</summary>
    public long StoreBytes => Size(Path) + Size(System.IO.Path.ChangeExtension(Path, null) + "-log.db");

    public long TsvBytes => Size(TsvPath);

    private static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
