namespace InsiderBot.Edgar.Live;

/// <summary>A Form 4 or 4/A named by the current feed or a daily index: enough to find its folder.</summary>
/// <param name="Ciks">Every CIK EDGAR listed it under (issuer and reporting owners); its folder exists under each.</param>
public sealed record FeedFiling(string Accession, string FormType, IReadOnlyList<long> Ciks, DateTimeOffset? Accepted, DateOnly? FiledOn);
