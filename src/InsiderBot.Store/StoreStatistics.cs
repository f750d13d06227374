namespace InsiderBot.Store;

public sealed record StoreStatistics(int Filings, int Trades, int Issuers, int Quarantined, DateOnly? Newest);
