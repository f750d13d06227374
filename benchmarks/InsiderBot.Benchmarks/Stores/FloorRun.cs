namespace InsiderBot.Benchmarks.Stores;

/// <summary>
/// One layout's store-floor run: rows and filings written, seconds inside LiteDB (inserts, bucket reads and rewrites,
/// commits) and in all, the rate in each tenth of the rows and in each quarter (LiteDB seconds), the file's size and page
/// breakdown, peak RSS.
/// </summary>
public sealed record FloorRun(
    string Layout, long Rows, long Filings, long Documents, double StoreSeconds, double WallSeconds, double PeakRssMb, long StoreBytes,
    IReadOnlyList<ImportTenth> Tenths, string Pages, IReadOnlyList<ImportTenth> Quarters);
