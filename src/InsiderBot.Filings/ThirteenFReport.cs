namespace InsiderBot.Filings;

/// <summary>A manager's 13F-HR holdings for one quarter, with what is known about the filing around the table.</summary>
/// <param name="Period">The quarter end the report is for (<c>periodOfReport</c> or the SGML header's period).</param>
/// <param name="FiledOn">EDGAR's filing date, else the signature date.</param>
/// <param name="UnitBasis">Why <paramref name="Unit"/> was chosen, for people checking the numbers.</param>
/// <param name="RowCount">Information-table rows before summing.</param>
public sealed record ThirteenFReport(
    string Source,
    string? Accession,
    long? ManagerCik,
    string? ManagerName,
    DateOnly? Period,
    DateOnly? FiledOn,
    string FormType,
    ThirteenFValueUnit Unit,
    string UnitBasis,
    IReadOnlyList<ThirteenFHolding> Holdings,
    int RowCount)
{
    public decimal TotalValue => Holdings.Sum(h => h.Value);
}
