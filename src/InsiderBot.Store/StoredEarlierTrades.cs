using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// One company's trades older than an evaluation window, read narrowly and only when a detector asks: per insider, one
/// range scan of the insider's own (insider, day) index (their other companies' rows skipped before decoding); the
/// company's priced rows only back to the day the strength test asks for. Remembered for the rest of the evaluation.
/// </summary>
internal sealed class StoredEarlierTrades(StoreDatabase store, long issuerCik, DateOnly windowStart) : IEarlierTrades
{
    private readonly Dictionary<long, List<InsiderTrade>> byInsider = [];
    private List<InsiderTrade> priced = [];
    private DateOnly? pricedSince;

    public InsiderTrade? FirstTrade(long insiderCik) => Of(insiderCik).FirstOrDefault();

    public IReadOnlyList<InsiderTrade> MarketTrades(long insiderCik) => Of(insiderCik).Where(t => t.Code is "P" or "S").ToList();

    public InsiderTrade? LastSale(long insiderCik) => Of(insiderCik).LastOrDefault(t => t.Code == "S" || t.Classification.IsSale);

    public IReadOnlyList<InsiderTrade> Conversions(long insiderCik) =>
        Of(insiderCik).Where(t => t.Code == "C" && t.Table == OwnershipTable.Derivative).ToList();

    public IReadOnlyList<InsiderTrade> PricedSince(DateOnly since)
    {
        var loaded = pricedSince ?? windowStart;
        if (since < loaded)
        {
            var older = Read(IndexQuery.Between("ik", DayNumber.Key(issuerCik, since), DayNumber.Key(issuerCik, loaded.AddDays(-1))),
                d => d["c"].AsString is "P" or "S").Where(SignalTrades.HasMarketPrice);
            priced = [.. SignalTrades.InOrder(older), .. priced];
            pricedSince = since;
        }

        return DateRange.Between(priced, since, windowStart.AddDays(-1));
    }

    // Oldest first, ties by id: the order the detectors read. Unflagged rows of this company only.
    private List<InsiderTrade> Of(long insiderCik)
    {
        if (byInsider.TryGetValue(insiderCik, out var known)) return known;
        var trades = SignalTrades.InOrder(Read(
            IndexQuery.Between("ok", DayNumber.KeyStart(insiderCik), DayNumber.Key(insiderCik, windowStart.AddDays(-1))),
            d => d["iss"].AsInt64 == issuerCik).Where(t => !t.Classification.IsFlagged));
        byInsider[insiderCik] = trades;
        return trades;
    }

    private IEnumerable<InsiderTrade> Read(BsonExpression range, Func<BsonDocument, bool> wanted) =>
        store.Trades.Find(range).Where(d => !d["sup"].IsBoolean && wanted(d)).Select(TradeDocuments.FromDocument);
}
