using InsiderBot.Insights.Signals;

namespace InsiderBot.Store;

/// <summary>
/// A detected signal as stored: what it says, the ids of its evidence, when the bot first saw it, and a version that
/// grows each time its evidence or reading changes (a cluster that gains a buyer, a clean cluster that turns mixed).
/// </summary>
public sealed record SignalRecord : IRankedSignal
{
    public required string Id { get; init; }
    public required SignalKind Kind { get; init; }
    public required long IssuerCik { get; init; }
    public string Ticker { get; init; } = "";
    public string IssuerName { get; init; } = "";
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public IReadOnlyList<long> Insiders { get; init; } = [];
    public IReadOnlyList<string> InsiderNames { get; init; } = [];
    public IReadOnlyList<string> EvidenceIds { get; init; } = [];
    public IReadOnlyList<string> ContextIds { get; init; } = [];
    public required string Reason { get; init; }
    public required string Checked { get; init; }
    public bool IsMixed { get; init; }
    public decimal? Value { get; init; }
    public InsiderStatus Status { get; init; }
    public required string Fingerprint { get; init; }
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; } = 1;

    public static SignalRecord Of(Signal s, DateTimeOffset firstSeen, DateTimeOffset updatedAt, int version) => new()
    {
        Id = s.Id,
        Kind = s.Kind,
        IssuerCik = s.IssuerCik,
        Ticker = s.Ticker,
        IssuerName = s.IssuerName,
        From = s.From,
        To = s.To,
        Insiders = s.Insiders,
        InsiderNames = s.InsiderNames,
        EvidenceIds = s.Evidence.Select(t => t.Id).ToList(),
        ContextIds = s.Context.Select(t => t.Id).ToList(),
        Reason = s.Reason,
        Checked = s.Checked,
        IsMixed = s.IsMixed,
        Value = s.Value,
        Status = s.Status,
        Fingerprint = s.Fingerprint,
        FirstSeen = firstSeen,
        UpdatedAt = updatedAt,
        Version = version,
    };
}
