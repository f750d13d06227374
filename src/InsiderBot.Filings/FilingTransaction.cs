namespace InsiderBot.Filings;

/// <summary>
/// One transaction row of a Form 4, as reported. Values the filer left out (or gave only as a footnote) are null.
/// A transaction has no id of its own: it is keyed on (accession, table, position).
/// </summary>
public sealed record FilingTransaction
{
    public required OwnershipTable Table { get; init; }
    public required int Position { get; init; }
    public string SecurityTitle { get; init; } = "";
    public DateOnly? Date { get; init; }
    public DateOnly? DeemedExecutionDate { get; init; }
    public string FormType { get; init; } = "";
    public string Code { get; init; } = "";
    public bool? EquitySwapInvolved { get; init; }
    public string Timeliness { get; init; } = "";
    public decimal? Shares { get; init; }
    public decimal? PricePerShare { get; init; }
    /// <summary>'A' acquired, 'D' disposed, or null when not reported.</summary>
    public char? AcquiredDisposed { get; init; }
    public decimal? SharesOwnedAfter { get; init; }
    public decimal? ValueOwnedAfter { get; init; }
    /// <summary>'D' direct, 'I' indirect.</summary>
    public char DirectOrIndirect { get; init; } = 'D';
    public string NatureOfOwnership { get; init; } = "";
    public decimal? ConversionOrExercisePrice { get; init; }
    public DateOnly? ExerciseDate { get; init; }
    public DateOnly? ExpirationDate { get; init; }
    public string UnderlyingSecurityTitle { get; init; } = "";
    public decimal? UnderlyingShares { get; init; }
    public IReadOnlyList<FootnoteReference> Footnotes { get; init; } = [];

    public bool IsDerivative => Table == OwnershipTable.Derivative;

    /// <summary>The footnote ids that mark one field, e.g. <c>transactionPricePerShare</c>.</summary>
    public IEnumerable<string> FootnotesOn(string field) =>
        Footnotes.Where(f => f.Field == field).Select(f => f.Id);
}
