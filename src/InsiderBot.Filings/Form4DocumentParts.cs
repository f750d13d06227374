namespace InsiderBot.Filings;

/// <summary>What one pass over an ownership document collected, before it is checked and assembled into a filing.</summary>
internal sealed class Form4DocumentParts
{
    public string? SchemaVersion { get; set; }
    public string? DocumentType { get; set; }
    public string? PeriodOfReport { get; set; }
    public string? DateOfOriginalSubmission { get; set; }
    public string? NotSubjectToSection16 { get; set; }
    public string? Aff10b5One { get; set; }
    public string? Remarks { get; set; }

    /// <summary>The fields of the last <c>&lt;issuer&gt;</c>; null when there is none.</summary>
    public FieldValues? Issuer { get; set; }
    public List<FieldValues> Owners { get; } = [];
    public List<FilingTransaction> Transactions { get; } = [];
    public List<FilingHolding> Holdings { get; } = [];
    public List<Footnote> Footnotes { get; } = [];
    public List<string> Warnings { get; } = [];
    public DateOnly? SignatureDate { get; set; }

    /// <summary>Rows read so far in each table: a row's position is its index within its own table.</summary>
    public int[] TransactionsIn { get; } = new int[2];
    public int[] HoldingsIn { get; } = new int[2];
}
