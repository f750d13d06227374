namespace InsiderBot.Store;

/// <summary>A reporting owner the store knows. <paramref name="FilerCik"/> is whose trades they share (a joint filing's filer).</summary>
public sealed record InsiderRecord(long Cik, string Name, long FilerCik, IReadOnlyList<string> Tickers, int Filings);
