namespace InsiderBot.Edgar.History;

/// <summary>A Form 4 or 4/A in a company's submissions list.</summary>
public sealed record CompanyFiling(string Accession, string Form, DateOnly FiledOn, DateTimeOffset? Accepted);
