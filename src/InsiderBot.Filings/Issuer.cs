namespace InsiderBot.Filings;

/// <summary>The company whose securities were traded, keyed by <c>issuerCik</c> inside the document.</summary>
/// <param name="TradingSymbol">The symbol as the filer typed it (may be blank, lower case, or several).</param>
public sealed record Issuer(long Cik, string Name, string TradingSymbol);
