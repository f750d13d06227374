namespace InsiderBot.Filings;

/// <summary>A holding row (<c>nonDerivativeHolding</c> / <c>derivativeHolding</c>): a position with no transaction.</summary>
public sealed record FilingHolding
{
    public required OwnershipTable Table { get; init; }
    public required int Position { get; init; }
    public string SecurityTitle { get; init; } = "";
    public decimal? SharesOwned { get; init; }
    public char DirectOrIndirect { get; init; } = 'D';
    public string NatureOfOwnership { get; init; } = "";
    public IReadOnlyList<FootnoteReference> Footnotes { get; init; } = [];
}
