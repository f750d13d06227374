using InsiderBot.Store.Superinvestors;

namespace InsiderBot.Store;

/// <summary>What an import did, for the summary a person reads.</summary>
public sealed record ImportSummary(
    int FilingsImported,
    int Transactions,
    int Duplicates,
    int Skipped,
    IReadOnlyList<QuarantineEntry> Quarantined,
    IReadOnlyList<string> MissingPaths,
    IReadOnlyList<string> ImportedAccessions)
{
    /// <summary>
    /// How many signals the import created, grew, changed or withdrew, per kind of change (counted as each signal
    /// transaction commits, so an import of years of history does not hold every change in memory).
    /// </summary>
    public IReadOnlyDictionary<SignalChangeKind, int> SignalChanges { get; init; } = new Dictionary<SignalChangeKind, int>();

    /// <summary>The 13F-HR reports of tracked managers the import stored (a refused one is in <see cref="Quarantined"/>).</summary>
    public IReadOnlyList<ThirteenFImported> ThirteenFReports { get; init; } = [];

    public bool HasProblems => Quarantined.Count > 0 || MissingPaths.Count > 0;
}
