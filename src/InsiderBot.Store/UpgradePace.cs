namespace InsiderBot.Store;

/// <summary>
/// How a layout upgrade walks the store: documents per transaction (<paramref name="FilingsPerMove"/>: filings moved into
/// company months per transaction; each one deleted from the old collection dirties pages the transaction holds until
/// it commits, and 2,000 a transaction took a 5M-trade store's upgrade to 305 MB peak against 204 MB at 500), and after
/// how many transactions to stop
/// (only tests stop early: a stop between two transactions is what a kill leaves behind). <paramref name="LayoutTwo"/>
/// opens a store as layout 2 and leaves it there, as the version before layout 3 wrote it (tests build such stores).
/// </summary>
internal sealed record UpgradePace(int FilingsPerStep = 2_000, int TradesPerStep = 1_000, int StopAfterSteps = int.MaxValue, bool LayoutTwo = false, int FilingsPerMove = 500);
