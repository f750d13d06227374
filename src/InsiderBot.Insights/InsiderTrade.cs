using InsiderBot.Filings;

namespace InsiderBot.Insights;

/// <summary>
/// One stored, classified transaction with the filing facts around it: the unit that <c>/insiders</c>, the
/// signals and the alerts read. A joint filing's trade is stored once, with all its owners.
/// </summary>
public sealed record InsiderTrade
{
    /// <summary><c>{accession}:{N|D}{position}</c>.</summary>
    public required string Id { get; init; }
    public required string Accession { get; init; }
    public required long IssuerCik { get; init; }
    public string IssuerName { get; init; } = "";
    public string Ticker { get; init; } = "";
    /// <summary>The filer, who stands for the group in a joint filing.</summary>
    public required long InsiderCik { get; init; }
    public string InsiderName { get; init; } = "";
    /// <summary>Every reporting owner's name, the filer first.</summary>
    public IReadOnlyList<string> OwnerNames { get; init; } = [];
    public string OfficerTitle { get; init; } = "";
    public required DateOnly Date { get; init; }
    public DateOnly? FiledOn { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
    public string DocumentType { get; init; } = "4";
    public required string Code { get; init; }
    public OwnershipTable Table { get; init; }
    public int Position { get; init; }
    public string SecurityTitle { get; init; } = "";
    public char? AcquiredDisposed { get; init; }
    public char DirectOrIndirect { get; init; } = 'D';
    public decimal? Shares { get; init; }
    public decimal? Price { get; init; }
    public decimal? OwnedAfter { get; init; }
    public required TransactionClassification Classification { get; init; }

    public bool IsJoint => OwnerNames.Count > 1;
}
