namespace InsiderBot.Store;

/// <summary>A company the store knows, from its filings or from the SEC ticker map.</summary>
/// <param name="LatestActivity">The date of its latest stored transaction, if any.</param>
public sealed record IssuerRecord(long Cik, string Name, string Ticker, DateOnly? LatestActivity, int TradeCount);
