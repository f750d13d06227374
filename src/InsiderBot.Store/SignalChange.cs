namespace InsiderBot.Store;

/// <summary>One signal that a batch of filings created, grew, changed or withdrew; what alerts hook into.</summary>
public sealed record SignalChange(SignalChangeKind Kind, SignalRecord Signal);
