namespace InsiderBot.Store;

public sealed record StoreStatistics(long Filings, long Trades, int Issuers, int Quarantined, DateOnly? Newest);
