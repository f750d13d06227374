namespace InsiderBot.Filings;

/// <summary>One file found under an import path: where it is and how to read its bytes.</summary>
public sealed record FilingInput(string Source, Func<byte[]> ReadAllBytes);
