namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// Per new filing (warm-up left out): the incremental evaluation of its company, the whole ingest (store + evaluation),
/// a full recompute of the company (the floor), the company's stored trades; signals the recomputes found different
/// (must be 0) and the changes the ingests announced.
/// </summary>
public sealed record IncrementalTimings(
    List<double> Evaluation,
    List<double> WholeIngest,
    List<double> FullRecompute,
    List<double> CompanyTrades,
    long Differences,
    long Changes);
