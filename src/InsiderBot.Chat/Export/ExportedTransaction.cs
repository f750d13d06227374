namespace InsiderBot.Chat.Export;

/// <summary>
/// One stored transaction as exported, with the bot's classification. The README's "Data to take away" documents every
/// field (its name in the CSV header and the JSON, its type, unit and when it is empty).
/// </summary>
public sealed record ExportedTransaction
{
    public required string Id { get; init; }
    public required string Accession { get; init; }
    public required DateOnly Date { get; init; }
    public DateOnly? FiledOn { get; init; }
    public bool Amended { get; init; }
    public required string Ticker { get; init; }
    public required long IssuerCik { get; init; }
    public required string Issuer { get; init; }
    public required long InsiderCik { get; init; }
    public required string Insider { get; init; }
    public IReadOnlyList<string> JointOwners { get; init; } = [];
    public required string Roles { get; init; }
    public string OfficerTitle { get; init; } = "";
    public required string Code { get; init; }
    public required string CodeLabel { get; init; }
    public required string Nature { get; init; }
    public required string Table { get; init; }
    public string Security { get; init; } = "";
    public string? AcquiredDisposed { get; init; }
    public required string DirectOrIndirect { get; init; }
    public decimal? Shares { get; init; }
    public decimal? SharesSplitAdjusted { get; init; }
    public decimal? Price { get; init; }
    public decimal? PriceSplitAdjusted { get; init; }
    public decimal? Value { get; init; }
    public decimal? OwnedAfter { get; init; }
    public decimal? PositionChange { get; init; }
    public required string Plan { get; init; }
    public DateOnly? PlanAdoptedOn { get; init; }
    public string PlanBasis { get; init; } = "";
    public string? Link { get; init; }
    public IReadOnlyList<string> LinkedIds { get; init; } = [];
    public IReadOnlyList<string> Flags { get; init; } = [];
    public IReadOnlyList<string> SignalIds { get; init; } = [];
    public required string Reading { get; init; }
}
