namespace InsiderBot.Store;

/// <summary>The narrow read behind the routine/opportunistic status of the insiders an answer shows.</summary>
public sealed partial class InsiderStore
{
    /// <summary>
    /// The distinct days, oldest first, on which one insider bought or sold one company's stock on the open market (P/S
    /// rows, flagged and superseded rows left out) between two dates, inclusive: what the insider status reads. One
    /// document read (<see cref="MarketDayLedger"/>, kept at ingest) instead of a scan of every row the insider filed.
    /// </summary>
    public IReadOnlyList<DateOnly> MarketTradeDays(long insiderCik, long issuerCik, DateOnly from, DateOnly to) =>
        MarketDayLedger.Read(store, insiderCik, issuerCik, from, to);
}
