using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// One company's trades older than an evaluation window, read narrowly and only when a detector asks: short range
/// scans of the insider's own (insider, day) index (other companies' and unwanted rows skipped before decoding), the
/// first trade by an ascending scan that stops at the first hit, the last sale from the months before the window; the
/// company's priced rows only back to the day the strength test asks for; the routine test's market-trade days from the
/// <see cref="MarketDayLedger"/>. Remembered for the rest of the evaluation.
/// </summary>
internal sealed class StoredEarlierTrades(StoreDatabase store, long issuerCik, DateOnly windowStart) : IEarlierTrades
{
    private const int RecentDays = 180;
    private readonly Dictionary<long, InsiderTrade?> firstTrades = [];
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
        var all = MarketDayLedger.Read(store, insiderCik, issuerCik, DateOnly.MinValue, LastDay);
        var recent = all.Where(d => d >= since).ToList();
        var older = since > DateOnly.MinValue && recent.All(d => d.Year > since.Year) && all.Count > 0 && all[0] < since ? all[0] : (DateOnly?)null;
        return marketDays[(insiderCik, since)] = older is { } first ? [first, .. recent] : recent;
    }

    // The recent months first (a seller's last sale is nearly always there), then the rest of the insider's months at
    // the company in one query: a doubling step back asked up to seven queries of an insider who never sold.
    public InsiderTrade? LastSale(long insiderCik)
    {
        if (lastSales.TryGetValue(insiderCik, out var known)) return known;
        var floor = DayNumber.ToDate(0); // the earliest day the index holds
        if (LastDay < floor) return lastSales[insiderCik] = null;
        var recent = LastDay.DayNumber - floor.DayNumber < RecentDays ? DateOnly.MinValue : LastDay.AddDays(-RecentDays + 1);
        var last = LastSaleBetween(insiderCik, recent, LastDay);
        if (last is null && recent > DateOnly.MinValue) last = LastSaleBetween(insiderCik, DateOnly.MinValue, recent.AddDays(-1));
        return lastSales[insiderCik] = last;
    }

    // A signal needs no sale over the quiet period: that span alone is read (the last sale's day is asked only when it fires).
    public bool SoldSince(long insiderCik, DateOnly since)
    {
        if (lastSales.TryGetValue(insiderCik, out var known)) return known is not null && known.Date >= since;
        return Unflagged(Insider(insiderCik, since, LastDay, _ => true)).Any(SignalTrades.IsSale);
    }

    private InsiderTrade? LastSaleBetween(long insiderCik, DateOnly from, DateOnly to) =>
        SignalTrades.InOrder(Unflagged(Insider(insiderCik, from, to, _ => true)).Where(SignalTrades.IsSale)).LastOrDefault();

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
            var older = Read(store.Rows.OfIssuer(issuerCik, DayNumber.Of(since), DayNumber.Of(loaded.AddDays(-1))),
                d => TradeDocuments.Head(d).Code is "P" or "S").Where(SignalTrades.HasMarketPrice);
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
