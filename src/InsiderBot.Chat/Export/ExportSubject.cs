namespace InsiderBot.Chat.Export;

/// <summary>What an export is about: a company (<c>/insiders</c>) or an insider (<c>/insider</c>).</summary>
/// <param name="Kind"><c>company</c> or <c>insider</c>.</param>
/// <param name="Ticker">The company's ticker; null for an insider.</param>
public sealed record ExportSubject(string Kind, long Cik, string Name, string? Ticker);
