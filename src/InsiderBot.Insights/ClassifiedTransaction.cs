using InsiderBot.Filings;

namespace InsiderBot.Insights;

/// <summary>A transaction as reported, with what the bot concluded about it.</summary>
public sealed record ClassifiedTransaction(FilingTransaction Transaction, TransactionClassification Classification);
