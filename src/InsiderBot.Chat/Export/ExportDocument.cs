namespace InsiderBot.Chat.Export;

/// <summary>Every transaction of one answer's window, classified, with the answer's totals: what CSV and JSON exports write.</summary>
/// <param name="From">The window's first day; null when the answer covers all stored history (<c>/insider</c>).</param>
public sealed record ExportDocument(
    ExportSubject Subject,
    DateOnly? From,
    DateOnly To,
    ExportSummary Summary,
    IReadOnlyList<ExportedTransaction> Transactions)
{
    /// <summary>The JSON schema's version: grows only when a field changes meaning or goes away; new fields may appear within a version.</summary>
    public const int SchemaVersion = 1;

    public const string SchemaName = "insiderbot.transactions";
}
