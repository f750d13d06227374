namespace InsiderBot.Store;

/// <summary>An input set aside: where it was and why, so a person can fix it.</summary>
public sealed record QuarantineEntry(string Source, string Reason, DateTimeOffset At);
