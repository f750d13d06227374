namespace InsiderBot.Insights.Signals;

/// <summary>What <see cref="SignalReconciliation"/> compares of a signal: the detected <see cref="Signal"/> and the stored one alike.</summary>
public interface IReconcilableSignal
{
    string Id { get; }
    /// <summary>What the signal says; a different fingerprint under the same id is a revised signal.</summary>
    string Fingerprint { get; }
    /// <summary>The ids of the trades that made it fire.</summary>
    IReadOnlyList<string> EvidenceIds { get; }
}
