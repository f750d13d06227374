namespace InsiderBot.Edgar.Backfill;

/// <summary>Progress of the daily-index part of a backfill: days walked of those to walk, filings stored.</summary>
public sealed record BackfillProgress(int Days, int DaysTotal, int Filings, TimeSpan Elapsed);
