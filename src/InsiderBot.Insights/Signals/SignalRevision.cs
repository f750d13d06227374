namespace InsiderBot.Insights.Signals;

/// <summary>One decision of <see cref="SignalReconciliation"/>: what happened to a signal, as detected now and as known before.</summary>
/// <param name="Current">The signal as detected now; null when it was withdrawn.</param>
/// <param name="Before">The signal as known before; null when it is new.</param>
public sealed record SignalRevision<TKnown>(SignalChangeKind Kind, Signal? Current, TKnown? Before)
    where TKnown : class, IReconcilableSignal;
