using System.Diagnostics.CodeAnalysis;
using InsiderBot.Insights.Signals;

namespace InsiderBot.Store;

/// <summary>
/// A detected signal as stored: what it states, the ids of its evidence, when the bot first saw it, and a version that
/// grows each time its evidence or reading changes (a cluster that gains a buyer, a clean cluster that turns mixed).
/// </summary>
public sealed record SignalRecord : SignalStatement, IReconcilableSignal
{
    public SignalRecord()
    {
    }

    /// <summary>Copies every property <paramref name="signal"/> states, so a new one needs no line here.</summary>
    [SetsRequiredMembers]
    private SignalRecord(Signal signal, DateTimeOffset firstSeen, DateTimeOffset updatedAt, int version)
        : base(signal)
    {
        EvidenceIds = signal.EvidenceIds;
        ContextIds = signal.Context.Select(t => t.Id).ToList();
        Fingerprint = signal.Fingerprint;
        FirstSeen = firstSeen;
        UpdatedAt = updatedAt;
        Version = version;
    }

    public IReadOnlyList<string> EvidenceIds { get; init; } = [];
    public IReadOnlyList<string> ContextIds { get; init; } = [];
    public required string Fingerprint { get; init; }
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; } = 1;

    public static SignalRecord Of(Signal signal, DateTimeOffset firstSeen, DateTimeOffset updatedAt, int version) =>
        new(signal, firstSeen, updatedAt, version);
}
