namespace InsiderBot.Store;

/// <summary>What storing a batch did: one result per filing, and the signals it created, grew, changed or withdrew.</summary>
public sealed record IngestOutcome(IReadOnlyList<IngestResult> Results, IReadOnlyList<SignalChange> SignalChanges);
