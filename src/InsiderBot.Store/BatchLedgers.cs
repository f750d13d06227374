using InsiderBot.Filings;
using InsiderBot.Insights.Splits;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// What one ingest batch reads and writes per company and per insider, held for the batch instead of read and
/// written per filing: the issuer and insider documents (read once, written once when the batch's filings are
/// stored), the symbols already confirmed, and each company's <see cref="PriceBook"/>. Lives inside the batch's
/// transaction; nothing else reads these documents while it runs.
/// </summary>
internal sealed class BatchLedgers(StoreDatabase store, IReadOnlyList<Form4Filing> filings, Func<long, SplitHistory>? splits = null)
{
    private readonly Dictionary<long, BsonDocument> issuers = [];
    private readonly Dictionary<long, BsonDocument> insiders = [];
    private readonly HashSet<long> storedIssuers = [];
    private readonly HashSet<long> storedInsiders = [];
    private readonly HashSet<(string Symbol, long Cik)> confirmedSymbols = [];
    private readonly Dictionary<long, PriceBook> books = [];
    private readonly Dictionary<string, MarketDayEntry> marketDays = [];
    private Dictionary<long, (int First, int Last)>? days;

    /// <summary>The split facts of the filings the batch stores, by company and month.</summary>
    public SplitFactMonths SplitFacts { get; } = new(store);

    public BsonDocument? Issuer(long cik) => issuers.TryGetValue(cik, out var doc) ? doc : Stored(store.Issuers, cik, storedIssuers);

    public void Keep(long cik, BsonDocument issuer) => issuers[cik] = issuer;

    public BsonDocument? Insider(long cik) => insiders.TryGetValue(cik, out var doc) ? doc : Stored(store.Insiders, cik, storedInsiders);

    public void KeepInsider(long cik, BsonDocument insider) => insiders[cik] = insider;

    /// <summary>True the first time a (symbol, issuer) pair is seen in this batch.</summary>
    public bool FirstSight(string symbol, long cik) => confirmedSymbols.Add((symbol, cik));

    public decimal? TypicalPrice(long issuer, DateOnly day)
    {
        days ??= TransactionDays();
        if (!books.TryGetValue(issuer, out var book)) books[issuer] = book = new PriceBook(store, issuer, splits?.Invoke(issuer) ?? SplitHistory.None);
        return book.TypicalAround(day, days.GetValueOrDefault(issuer, (DayNumber.Of(day), DayNumber.Of(day))));
    }

    /// <summary>Trade rows the batch has stored.</summary>
    public long TradesStored { get; private set; }

    /// <summary>The first and last day of the trades the batch has stored (<see cref="TradeDayEdges"/>).</summary>
    public (int First, int Last)? TradeDays { get; private set; }

    /// <summary>Tells the company's price book about trades just stored.</summary>
    public void Stored(long issuer, IReadOnlyCollection<BsonDocument> trades)
    {
        TradesStored += trades.Count;
        foreach (var trade in trades)
        {
            var day = TradeDocuments.Day(trade);
            TradeDays = TradeDays is { } known ? (Math.Min(known.First, day), Math.Max(known.Last, day)) : (day, day);
        }

        if (!books.TryGetValue(issuer, out var book)) return;
        foreach (var trade in trades) book.Add(trade);
    }

    /// <summary>Counts a stored trade in its (insider, company) <see cref="MarketDayLedger"/> entry when it is a market trade.</summary>
    public void MarketTradeStored(BsonDocument trade) => CountMarketDay(trade, +1);

    /// <summary>Takes a trade a 4/A has just replaced out of the <see cref="MarketDayLedger"/> (call before marking it).</summary>
    public void MarketTradeReplaced(BsonDocument trade) => CountMarketDay(trade, -1);

    /// <summary>Writes the issuer, insider and market-day documents the batch changed.</summary>
    public void Flush()
    {
        SplitFacts.Flush();
        foreach (var (cik, doc) in issuers) KnownDocuments.Write(store.Issuers, doc, storedIssuers.Contains(cik));
        foreach (var (cik, doc) in insiders) KnownDocuments.Write(store.Insiders, doc, storedInsiders.Contains(cik));
        foreach (var (key, entry) in marketDays) MarketDayLedger.Write(store, key, entry);
        issuers.Clear();
        insiders.Clear();
        storedIssuers.Clear();
        storedInsiders.Clear();
        marketDays.Clear();
    }

    // A document read for the batch; its key is remembered when it is stored, so the flush updates it, else inserts it.
    private static BsonDocument? Stored(ILiteCollection<BsonDocument> collection, long cik, HashSet<long> stored)
    {
        var doc = collection.ById(cik);
        if (doc is not null) stored.Add(cik);
        return doc;
    }

    private void CountMarketDay(BsonDocument trade, int change)
    {
        if (MarketDayLedger.Kinds(trade) == (false, false)) return;
        var key = MarketDayLedger.Key(TradeDocuments.Insider(trade), TradeDocuments.Issuer(trade));
        if (!marketDays.TryGetValue(key, out var entry)) marketDays[key] = entry = MarketDayLedger.Load(store, key);
        entry.Count(trade, change);
    }

    // The days each company's transactions in this batch fall on: the range its price book reads first.
    private Dictionary<long, (int First, int Last)> TransactionDays()
    {
        var result = new Dictionary<long, (int First, int Last)>();
        foreach (var filing in filings)
        {
            foreach (var t in filing.Transactions)
            {
                if (t.Date is not { } date) continue;
                var day = DayNumber.Of(date);
                result[filing.Issuer.Cik] = result.TryGetValue(filing.Issuer.Cik, out var known)
                    ? (Math.Min(known.First, day), Math.Max(known.Last, day))
                    : (day, day);
            }
        }

        return result;
    }
}
