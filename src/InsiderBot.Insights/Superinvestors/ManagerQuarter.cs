using InsiderBot.Filings;

namespace InsiderBot.Insights.Superinvestors;

/// <summary>A manager's holdings at one quarter end, as the latest stored 13F-HR for that quarter reports them.</summary>
public sealed record ManagerQuarter(long ManagerCik, DateOnly Period, DateOnly? FiledOn, string? Accession, IReadOnlyList<ThirteenFHolding> Holdings);
