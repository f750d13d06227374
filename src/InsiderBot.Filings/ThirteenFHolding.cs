namespace InsiderBot.Filings;

/// <summary>
/// One security in a 13F-HR information table, its rows summed (one CUSIP is often split across several rows by
/// discretion or other manager). Options are kept apart from the shares: the key is the CUSIP and put/call.
/// </summary>
/// <param name="Value">In dollars, whatever unit the filing used.</param>
/// <param name="Amount">Shares (<c>SH</c>) or principal amount (<c>PRN</c>).</param>
/// <param name="Rows">How many information-table rows were summed.</param>
public sealed record ThirteenFHolding(
    string Cusip,
    string IssuerName,
    string TitleOfClass,
    string? PutCall,
    decimal Value,
    decimal Amount,
    string AmountType,
    int Rows);
