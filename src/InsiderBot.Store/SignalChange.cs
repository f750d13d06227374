using InsiderBot.Insights.Signals;

namespace InsiderBot.Store;

/// <summary>One signal that a batch of filings created, grew, changed or withdrew; what alerts hook into.</summary>
/// <param name="Current">The signal as detected now, with its evidence trades; null when it was withdrawn.</param>
public sealed record SignalChange(SignalChangeKind Kind, SignalRecord Signal, Signal? Current = null);
