namespace InsiderBot.Filings;

/// <summary>What is known about a filing from outside its XML: where it came from and the EDGAR header facts.</summary>
/// <param name="Source">A path or URL a person can follow.</param>
/// <param name="Accession">The accession number when the path, SGML header or data set gives it.</param>
/// <param name="FiledOn">EDGAR's filing date.</param>
/// <param name="AcceptedAt">EDGAR's acceptance time.</param>
public sealed record FilingOrigin(string Source, string? Accession = null, DateOnly? FiledOn = null, DateTimeOffset? AcceptedAt = null);
