using InsiderBot.Import;

namespace InsiderBot.Edgar.DataSets;

/// <summary>What a data-set import did, or why it refused to start.</summary>
/// <param name="Refused">Set when nothing was imported because the data set cannot be used (a required table is missing).</param>
/// <param name="Notes">What the stored filings lack because an optional table was absent.</param>
public sealed record DataSetImportSummary(string Path, ImportSummary Import, long Rows, string? Refused, IReadOnlyList<string> Notes)
{
    public bool WasRefused => Refused is not null;
}
