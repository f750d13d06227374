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
    public bool HasProblems => Quarantined.Count > 0 || MissingPaths.Count > 0;
}
