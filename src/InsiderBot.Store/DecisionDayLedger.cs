using InsiderBot.Insights.Signals;

namespace InsiderBot.Store;

/// <summary>
/// The market ratio's per-day tallies, kept in the store so <c>/ratio</c> reads about 1,800 small documents instead of
/// five years of trades. Ingest only lowers a watermark ("tallies are clean before this day") inside its transaction;
/// the next reading re-tallies the days from the watermark to the newest trade. Live ingestion dirties a few recent
/// days; a backfill of old history dirties everything after it once.
/// </summary>
internal static class DecisionDayLedger
{
    private const int WatermarkId = -1;

    /// <summary>Marks the tallies from <paramref name="from"/> on as stale. Call inside the ingest transaction.</summary>
    public static void Invalidate(StoreDatabase store, DateOnly from)
    {
        var mark = store.DecisionDays.ById(WatermarkId);
        if (mark is null || DecisionDayDocuments.CleanBefore(mark) <= DayNumber.Of(from)) return; // never tallied, or already stale from earlier
        DecisionDayDocuments.SetCleanBefore(mark, DayNumber.Of(from));
        store.DecisionDays.Update(mark);
    }

    /// <summary>The tallies between two days as they stand (call <see cref="Refresh"/> first).</summary>
    public static IReadOnlyList<DecisionDay> TalliedBetween(StoreDatabase store, DateOnly from, DateOnly to) =>
        store.DecisionDays.Find(IndexQuery.Between("_id", DayNumber.Of(from), DayNumber.Of(to)))
            .Select(DecisionDayDocuments.FromDocument)
            .ToList();

    /// <summary>The newest tallied day with at least one decision as the tallies stand (call <see cref="Refresh"/> first).</summary>
    public static DateOnly? NewestTallied(StoreDatabase store)
    {
        var newest = store.DecisionDays.Query().Where("_id >= 0").OrderByDescending("_id").Limit(1).ToEnumerable().FirstOrDefault();
        return newest is null ? null : DayNumber.ToDate(DecisionDayDocuments.Day(newest));
    }

    /// <summary>
    /// Re-tallies the stale days, from the watermark to the newest trade, one calendar month per transaction: a LiteDB
    /// transaction holds every page it reads until it commits, and one transaction over ten years of trades held 1.1 GB
    /// on the 5M store. Each step re-reads the watermark inside its transaction (which ingest's own transactions are
    /// serialised with), so a filing stored between two steps that lowers it is re-tallied by the next step.
    /// </summary>
    public static void Refresh(StoreDatabase store, Func<DateOnly, DateOnly, IReadOnlyList<Insights.InsiderTrade>> tradesBetween)
    {
        while (store.InTransaction(() => TallyNextMonth(store, tradesBetween)))
        {
        }
    }

    // Tallies the stale part of the first stale month and moves the watermark past it; false when nothing is stale.
    private static bool TallyNextMonth(StoreDatabase store, Func<DateOnly, DateOnly, IReadOnlyList<Insights.InsiderTrade>> tradesBetween)
    {
        var cleanBefore = store.DecisionDays.ById(WatermarkId) is { } mark ? DecisionDayDocuments.CleanBefore(mark) : 0;
        var newest = store.TradeDayEdge(newest: true);
        if (newest is null || cleanBefore > newest.Value) return false;

        var from = Math.Max(cleanBefore, store.TradeDayEdge(newest: false)!.Value);
        var to = Math.Min(DayNumber.Of(MarketRatio.MonthStart(DayNumber.ToDate(from)).AddMonths(1).AddDays(-1)), newest.Value);
        store.DecisionDays.DeleteMany(IndexQuery.Between("_id", cleanBefore, to));
        var days = MarketRatio.Tally(tradesBetween(DayNumber.ToDate(from), DayNumber.ToDate(to)));
        if (days.Count > 0) store.DecisionDays.InsertBulk(days.Select(DecisionDayDocuments.ToDocument));
        store.DecisionDays.Upsert(DecisionDayDocuments.Watermark(WatermarkId, to + 1));
        return true;
    }
}
