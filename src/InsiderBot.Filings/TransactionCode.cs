namespace InsiderBot.Filings;

/// <summary>A Form 4 transaction code (General Instructions, item 8) with the guide's reading of it.</summary>
/// <param name="Label">A short label for tables ("Open-market purchase").</param>
/// <param name="Meaning">What the SEC's instructions say the code covers.</param>
/// <param name="Reading">What it tells an investor.</param>
public sealed record TransactionCode(string Code, string Label, string Meaning, CodeSignal Signal, string Reading);
