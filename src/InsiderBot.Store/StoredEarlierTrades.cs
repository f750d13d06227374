using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// One company's trades older than an evaluation window, read narrowly and only when a detector asks: short range
/// scans of the insider's own (insider, day) index (other companies' and unwanted rows skipped before decoding), the
/// first trade by an ascending scan that stops at the first hit; the company's priced rows only back to the day the
/// strength test asks for; the routine test's market-trade days and the insider's sale days from their
/// <see cref="MarketDayLedger"/> entry (one document, read once), so the last sale is one day's rows. Remembered for the
/// rest of the evaluation.
/// </summary>
internal sealed class StoredEarlierTrades(StoreDatabase store, long issuerCik, DateOnly windowStart) : IEarlierTrades
{
    private readonly Dictionary<long, InsiderTrade?> firstTrades = [];
    private readonly Dictionary<long, BsonDocument?> ledgerEntries = [];
    private readonly Dictionary<long, InsiderTrade?> lastSales = [];
    private readonly Dictionary<(long, DateOnly), IReadOnlyList<DateOnly>> marketDays = [];
    private readonly Dictionary<(long, DateOnly), IReadOnlyList<InsiderTrade>> conversions = [];
    private List<InsiderTrade> priced = [];
    private DateOnly? pricedSince;

    private DateOnly LastDay => windowStart.AddDays(-1);

    public InsiderTrade? FirstTrade(long insiderCik)
    {
        if (firstTrades.TryGetValue(insiderCik, out var known)) return known;
        return firstTrades[insiderCik] = FirstOf(Insider(insiderCik, DateOnly.MinValue, LastDay, _ => true));
    }

    // From the market-day ledger kept at ingest (written before a batch's signals are evaluated): one document read.
    public IReadOnlyList<DateOnly> MarketTradeDays(long insiderCik, DateOnly since)
    {
        if (marketDays.TryGetValue((insiderCik, since), out var known)) return known;
        var all = MarketDayLedger.Read(LedgerEntry(insiderCik), DateOnly.MinValue, LastDay);
        var recent = all.Where(d => d >= since).ToList();
        var older = since > DateOnly.MinValue && recent.All(d => d.Year > since.Year) && all.Count > 0 && all[0] < since ? all[0] : (DateOnly?)null;
        return marketDays[(insiderCik, since)] = older is { } first ? [first, .. recent] : recent;
    }

    // The last day the ledger holds a sale on, then that day's rows: the last in the detectors' order.
    public InsiderTrade? LastSale(long insiderCik)
    {
        if (lastSales.TryGetValue(insiderCik, out var known)) return known;
        if (LastSaleDay(insiderCik) is not { } day) return lastSales[insiderCik] = null;
        return lastSales[insiderCik] = SignalTrades.InOrder(Unflagged(Insider(insiderCik, day, day, _ => true)).Where(SignalTrades.IsSale)).LastOrDefault();
    }

    // A signal needs no sale over the quiet period: the ledger's last sale day answers (the sale itself is read only when it fires).
    public bool SoldSince(long insiderCik, DateOnly since)
    {
        if (lastSales.TryGetValue(insiderCik, out var known)) return known is not null && known.Date >= since;
        return LastSaleDay(insiderCik) is { } day && day >= since;
    }

    // Null also before the earliest day the store keeps (DayNumber clamps: a day before it would read as that day).
    private DateOnly? LastSaleDay(long insiderCik) =>
        LastDay < DayNumber.ToDate(0) ? null : MarketDayLedger.LastSaleDay(LedgerEntry(insiderCik), LastDay);

    private BsonDocument? LedgerEntry(long insiderCik) =>
        ledgerEntries.TryGetValue(insiderCik, out var known) ? known : ledgerEntries[insiderCik] = MarketDayLedger.Find(store, insiderCik, issuerCik);

    public IReadOnlyList<InsiderTrade> Conversions(long insiderCik, DateOnly since)
    {
        if (conversions.TryGetValue((insiderCik, since), out var known)) return known;
        var rows = Unflagged(Insider(insiderCik, since, LastDay, d => TradeDocuments.Head(d) is { Code: "C", Table: OwnershipTable.Derivative }));
        return conversions[(insiderCik, since)] = SignalTrades.InOrder(rows);
    }

    public IReadOnlyList<InsiderTrade> PricedSince(DateOnly since)
    {
        var loaded = pricedSince ?? windowStart;
        if (since < loaded)
        {
            var older = store.Rows.CurrentTradesOfIssuer(issuerCik, DayNumber.Of(since), DayNumber.Of(loaded.AddDays(-1)), code => code is "P" or "S")
                .Where(SignalTrades.HasMarketPrice);
            priced = [.. SignalTrades.InOrder(older), .. priced];
            pricedSince = since;
        }

        return DateRange.Between(priced, since, LastDay);
    }

    // The earliest unflagged row of an ascending scan, ties by id; stops reading at the day after the first hit.
    private static InsiderTrade? FirstOf(IEnumerable<InsiderTrade> ascending)
    {
        var day = new List<InsiderTrade>();
        foreach (var t in Unflagged(ascending))
        {
            if (day.Count > 0 && t.Date > day[0].Date) break;
            day.Add(t);
        }

        return SignalTrades.InOrder(day).FirstOrDefault();
    }

    private static IEnumerable<InsiderTrade> Unflagged(IEnumerable<InsiderTrade> trades) => trades.Where(t => !t.Classification.IsFlagged);

    // The insider's rows at this company between two days, in index order (by day).
    private IEnumerable<InsiderTrade> Insider(long insiderCik, DateOnly from, DateOnly to, Func<BsonDocument, bool> wanted) =>
        to < from ? [] : Read(store.Rows.OfInsiderAt(insiderCik, issuerCik, DayNumber.Of(from), DayNumber.Of(to)), wanted);

    private static IEnumerable<InsiderTrade> Read(IEnumerable<BsonDocument> rows, Func<BsonDocument, bool> wanted) =>
        rows.Where(d => !TradeDocuments.IsSuperseded(d) && wanted(d)).Select(TradeDocuments.FromDocument);
}
