using InsiderBot.Import.Superinvestors;
using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store;

namespace InsiderBot.Import;

/// <summary>What an import did, for the summary a person reads.</summary>
public sealed record ImportSummary(
    int FilingsImported,
    int Transactions,
    int Duplicates,
    int Skipped,
    IReadOnlyList<QuarantineEntry> Quarantined,
    IReadOnlyList<string> MissingPaths)
{
    /// <summary>At most this many quarantined inputs are listed in a summary; the store's quarantine keeps them all.</summary>
    public const int MaxListed = 1_000;

    /// <summary>How many inputs were quarantined: <see cref="Quarantined"/> lists the first <see cref="MaxListed"/>.</summary>
    public int QuarantinedCount { get; init; } = Quarantined.Count;

    /// <summary>
    /// How many signals the import created, grew, changed or withdrew, per kind of change (counted as each signal
    /// transaction commits, so an import of years of history does not hold every change in memory).
    /// </summary>
    public IReadOnlyDictionary<SignalChangeKind, int> SignalChanges { get; init; } = new Dictionary<SignalChangeKind, int>();

    /// <summary>The 13F-HR reports of tracked managers the import stored (a refused one is in <see cref="Quarantined"/>).</summary>
    public IReadOnlyList<ThirteenFImported> ThirteenFReports { get; init; } = [];

    public bool HasProblems => QuarantinedCount > 0 || MissingPaths.Count > 0;
}
