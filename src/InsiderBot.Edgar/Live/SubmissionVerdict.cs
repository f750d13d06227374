namespace InsiderBot.Edgar.Live;

/// <summary>What became of a fetched filing: added to the batch to store, not a Form 4, or quarantined with its reason.</summary>
public enum SubmissionVerdict
{
    Parsed,
    Skipped,
    Quarantined,
}
