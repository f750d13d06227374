using InsiderBot.Edgar.DataSets;

namespace InsiderBot.Edgar.Backfill;

/// <summary>What a backfill did: the data sets it imported and the daily-index days it walked.</summary>
/// <param name="Problem">Why the backfill stopped before the end of its range (EDGAR failing); the rest is kept and a rerun resumes.</param>
public sealed record BackfillReport(
    IReadOnlyList<DataSetImportSummary> DataSets, int IndexDays, int Filings, int Duplicates, int Skipped, int Quarantined, string? Problem);
