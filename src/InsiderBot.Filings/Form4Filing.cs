namespace InsiderBot.Filings;

/// <summary>A parsed Form 4 (or 4/A) ownership document with everything the classification needs.</summary>
public sealed record Form4Filing
{
    /// <summary>The accession number, or <c>sha256:…</c> of the content when no accession is known.</summary>
    public required string Accession { get; init; }
    public required string DocumentType { get; init; }
    public string SchemaVersion { get; init; } = "";
    public DateOnly? PeriodOfReport { get; init; }
    public DateOnly? DateOfOriginalSubmission { get; init; }
    /// <summary>EDGAR's filing date; the signature date when the file carries no header.</summary>
    public DateOnly? FiledOn { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
    public bool? NotSubjectToSection16 { get; init; }
    /// <summary>The Rule 10b5-1 checkbox: null when the form has no such element (filings before April 2023).</summary>
    public bool? Aff10b5One { get; init; }
    public required Issuer Issuer { get; init; }
    public required IReadOnlyList<ReportingOwner> Owners { get; init; }
    public IReadOnlyList<FilingTransaction> Transactions { get; init; } = [];
    public IReadOnlyList<FilingHolding> Holdings { get; init; } = [];
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];
    public string Remarks { get; init; } = "";
    public string Source { get; init; } = "";
    /// <summary>Things the parser noticed but could read past (an unknown element, an unreadable number).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool IsAmendment => DocumentType.EndsWith("/A", StringComparison.OrdinalIgnoreCase);

    public string? FootnoteText(string id) => Footnotes.FirstOrDefault(f => f.Id == id)?.Text;
}
