namespace InsiderBot.Filings;

/// <summary>A footnote of the filing: its id (F1, F2 …) and its text.</summary>
public sealed record Footnote(string Id, string Text);
