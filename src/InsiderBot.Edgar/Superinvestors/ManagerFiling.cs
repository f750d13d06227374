namespace InsiderBot.Edgar.Superinvestors;

/// <summary>One 13F-HR (or 13F-HR/A) in a manager's EDGAR submissions history.</summary>
public sealed record ManagerFiling(string Accession, string Form, DateOnly FiledOn, DateOnly Period)
{
    public bool IsAmendment => Form.EndsWith("/A", StringComparison.Ordinal);
}
