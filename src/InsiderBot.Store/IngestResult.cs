namespace InsiderBot.Store;

/// <summary>What storing one filing did.</summary>
public enum IngestResult
{
    Stored,
    /// <summary>The accession number was already in the store: nothing changed.</summary>
    Duplicate,
}
