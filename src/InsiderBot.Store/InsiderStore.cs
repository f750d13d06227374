using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Splits;
using LiteDB;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store;

/// <summary>
/// Stores filings as classified trades and answers the questions the commands and signals ask. Every filing is
/// stored whole or not at all, and a filing already stored (same accession number) is never stored twice.
/// </summary>
public sealed partial class InsiderStore(
    StoreDatabase store,
    TransactionClassifier classifier,
    TimeProvider time,
    IOptions<SignalOptions>? signalOptions = null,
    IEnumerable<ISignalChangeHandler>? signalHandlers = null,
    IOptions<SplitOptions>? splitOptions = null)
{
    /// <summary>
    /// Filings per transaction for bulk imports (data sets, backfill, the import verb). Signals are deferred to the end
    /// of the import, so this bounds only the transaction's dirty pages in memory (see benchmarks/InsiderBot.Benchmarks/Notes/quarter-import.md:
    /// a quarter peaks under 256 MB at 500) and what a crash makes a rerun import again.
    /// </summary>
    public const int BulkBatchSize = 500;

    private static readonly HashSet<string> ExerciseCodes = ["M", "X", "O"];
    private readonly SymbolIndex symbols = new(store);

    public string FilePath => store.FilePath;

    /// <summary>True when no filing is stored (reads one key, not a count: the health check asks this).</summary>
    public bool IsEmpty => !store.Filings.Any();

    /// <summary>True when a filing with this accession number is stored.</summary>
    public bool HasFiling(string accession) => store.HasFiling(accession);

    public IngestResult Ingest(Form4Filing filing) => IngestBatch([filing])[0];

    /// <summary>Stores filings in one transaction; a crash part-way stores none of them, and a rerun picks them up.</summary>
    public IReadOnlyList<IngestResult> IngestBatch(IReadOnlyList<Form4Filing> filings) => IngestFilings(filings).Results;

    /// <summary>
    /// Stores filings and, in the same transaction, re-evaluates the signals of the companies they touch, so stored
    /// signals never lag the trades. The changes go to the <see cref="ISignalChangeHandler"/>s inside that transaction
    /// (the alert outbox is written with the signals it announces) and are told when it has committed.
    /// </summary>
    public IngestOutcome IngestFilings(IReadOnlyList<Form4Filing> filings) => IngestFilings(filings, deferSignals: false);

    /// <summary>
    /// Stores filings in one transaction. With <paramref name="deferSignals"/> (bulk imports) the touched companies
    /// and their earliest changed days are recorded in the same transaction instead of evaluated, and
    /// <see cref="EvaluatePendingSignals"/> evaluates each company once for the whole import; a crash in between
    /// leaves the record, so the next import, live batch touching the company or <see cref="EnsureSignals"/> picks it up.
    /// </summary>
    public IngestOutcome IngestFilings(IReadOnlyList<Form4Filing> filings, bool deferSignals)
    {
        var handlers = signalHandlers?.ToList() ?? [];
        var outcome = store.InTransaction(() =>
        {
            var changedFrom = new Dictionary<long, DateOnly>();
            var ledgers = new BatchLedgers(store, filings, SplitsFor);
            var results = filings.Select(f => IngestOne(f, ledgers, changedFrom)).ToList();
            var stored = filings.Where((_, i) => results[i] == IngestResult.Stored).ToList();
            foreach (var filing in stored) InsiderDirectory.Record(ledgers, filing);
            ledgers.Flush();
            StoreCounts.Add(store, stored.Count, ledgers.TradesStored);
            if (ledgers.TradeDays is { } tradeDays) TradeDayEdges.Widen(store, tradeDays.First, tradeDays.Last);
            if (changedFrom.Count > 0) DecisionDayLedger.Invalidate(store, changedFrom.Values.Min());
            var touched = stored.Select(f => f.Issuer.Cik).Distinct();
            RefreshSplits(deferSignals ? touched.Where(i => !changedFrom.ContainsKey(i)).ToList() : touched.ToList(), changedFrom); // deferred: once per import
            if (deferSignals)
            {
                Defer(changedFrom);
                return new IngestOutcome(results, []);
            }

            var changes = EvaluateIssuers(WithPending(changedFrom));
            foreach (var handler in handlers) handler.Record(changes);
            return new IngestOutcome(results, changes);
        });
        if (deferSignals) Interlocked.Increment(ref deferredBatches); // after the commit: EnsureSignals looks again
        if (outcome.SignalChanges.Count > 0)
        {
            foreach (var handler in handlers) handler.Committed();
        }

        return outcome;
    }

    // changedFrom: per issuer, the earliest day whose trades this batch added, replaced or re-read.
    private IngestResult IngestOne(Form4Filing filing, BatchLedgers ledgers, Dictionary<long, DateOnly> changedFrom)
    {
        var issuer = filing.Issuer.Cik;
        var insider = InsiderKey.Of(filing);
        if (store.Filings.FindOf(filing.Accession, issuer, FilingDocuments.ReportKeyOf(filing)) is not null) return IngestResult.Duplicate;

        var ticker = TickerFor(filing);
        var typicalPrices = new Dictionary<DateOnly, decimal?>();
        var context = new ClassificationContext(
            (owner, day) => HasExercise(issuer, owner, day, filing.Accession),
            day => typicalPrices.TryGetValue(day, out var known) ? known : typicalPrices[day] = ledgers.TypicalPrice(issuer, day));
        var classified = classifier.Classify(filing, context);
        var superseded = AmendmentLedger.IsSuperseded(store, filing);
        var replacedDays = filing.IsAmendment ? AmendmentLedger.SupersedeEarlier(store, ledgers, filing) : [];

        var trades = StoredTrades.Of(filing, classified, ticker, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var tradeDocuments = trades.Select(t => TradeDocuments.ToDocument(t, superseded)).ToList();
        store.Rows.Insert(tradeDocuments);
        foreach (var trade in tradeDocuments) ledgers.MarketTradeStored(trade);
        ledgers.Stored(issuer, tradeDocuments);
        var filingDocument = FilingDocuments.ToDocument(filing, ticker, trades.Select(t => t.Id));
        if (superseded) FilingDocuments.Supersede(filingDocument);
        store.Filings.Insert(filingDocument);
        ledgers.SplitFacts.Record(filing);

        foreach (var day in filing.Transactions.Where(t => ExerciseCodes.Contains(t.Code) && t.Date is not null).Select(t => t.Date!.Value).Distinct())
            MarkSameDaySalesAsExerciseSales(issuer, insider, day, filing.Accession);

        IssuerLedger.Record(store, ledgers, filing, ticker, trades.Where(_ => !superseded).ToList());
        foreach (var day in trades.Select(t => t.Date).Concat(replacedDays))
            changedFrom[issuer] = changedFrom.TryGetValue(issuer, out var known) && known < day ? known : day;
        return IngestResult.Stored;
    }

    /// <summary>Trades of one issuer between two dates (inclusive), newest first. Superseded trades are left out.</summary>
    public IReadOnlyList<InsiderTrade> TradesForIssuer(long issuerCik, DateOnly from, DateOnly to) =>
        Newest(store.Rows.CurrentTradesOfIssuer(issuerCik, DayNumber.Of(from), DayNumber.Of(to)));

    /// <summary>One insider's trades across all issuers between two dates, newest first.</summary>
    public IReadOnlyList<InsiderTrade> TradesForInsider(long insiderCik, DateOnly from, DateOnly to) =>
        Newest(store.Rows.OfInsider(insiderCik, DayNumber.Of(from), DayNumber.Of(to)));

    /// <summary>Every trade in the store between two dates, newest first: each company's range of its (issuer, day) keys.</summary>
    public IReadOnlyList<InsiderTrade> TradesBetween(DateOnly from, DateOnly to) =>
        Newest(IssuerLedger.Ciks(store).SelectMany(issuer => store.Rows.CurrentTradesOfIssuer(issuer, DayNumber.Of(from), DayNumber.Of(to))));

    public IReadOnlyList<InsiderTrade> TradesOfFiling(string accession) =>
        store.TradesOfFiling(accession).Select(TradeDocuments.FromDocument).ToList();

    private static List<InsiderTrade> Newest(IEnumerable<BsonDocument> documents) =>
        Newest(documents.Where(d => !TradeDocuments.IsSuperseded(d)).Select(TradeDocuments.FromDocument));

    private static List<InsiderTrade> Newest(IEnumerable<InsiderTrade> trades)
    {
        var newest = trades as List<InsiderTrade> ?? trades.ToList();
        newest.Sort(NewestFirst);
        return newest;
    }

    // Newest day first, then by filing, table and position: one order for every list of trades (a trade's id is its
    // filing, table and position, so no two trades tie).
    private static int NewestFirst(InsiderTrade a, InsiderTrade b)
    {
        var order = b.Date.CompareTo(a.Date);
        if (order == 0) order = string.CompareOrdinal(a.Accession, b.Accession);
        if (order == 0) order = ((int)a.Table).CompareTo((int)b.Table);
        return order == 0 ? a.Position.CompareTo(b.Position) : order;
    }

    public IssuerRecord? FindIssuer(string ticker) => symbols.Find(ticker);

    public IssuerRecord? FindIssuer(long cik) => IssuerLedger.Find(store, cik);

    /// <summary>Known tickers close to what the user typed, companies with stored activity first.</summary>
    public IReadOnlyList<IssuerRecord> SuggestIssuers(string ticker, int max = 5) => symbols.Suggest(ticker, max);

    /// <summary>The issuers with the most stored trades: the tickers worth trying first.</summary>
    public IReadOnlyList<IssuerRecord> BusiestIssuers(int count) => IssuerLedger.Busiest(store, count);

    /// <summary>Loads the SEC's ticker map (ticker, CIK, company name) so tickers resolve without a filing.</summary>
    public int ImportTickerMap(IEnumerable<(string Ticker, long Cik, string Name)> entries) =>
        store.InTransaction(() => symbols.ImportMap(entries));

    public void Quarantine(string source, string reason) =>
        store.Quarantine.Insert(QuarantineDocuments.ToDocument(source, reason, time.GetUtcNow()));

    /// <summary>The set-aside inputs newest first, after skipping the <paramref name="skip"/> newest.</summary>
    public IReadOnlyList<QuarantineEntry> QuarantineEntries(int max = 50, int skip = 0) =>
        store.Quarantine.Query().OrderByDescending("_id").Skip(skip).Limit(max).ToEnumerable()
            .Select(QuarantineDocuments.FromDocument)
            .ToList();

    /// <summary>What the store holds; the filing and trade counts are kept at ingest (<see cref="StoreCounts"/>).</summary>
    public StoreStatistics Statistics()
    {
        var newest = store.TradeDayEdge(newest: true);
        var (filings, trades) = StoreCounts.Read(store);
        return new StoreStatistics(filings, trades, store.Issuers.Count(), QuarantinedCount, newest is null ? null : DayNumber.ToDate(newest.Value));
    }

    public int QuarantinedCount => store.Quarantine.Count();

    public string? GetMeta(string key) => store.GetMeta(key);

    public void SetMeta(string key, string value) => store.SetMeta(key, value);

    private string TickerFor(Form4Filing filing)
    {
        var fromFiling = TickerSymbol.FromFiling(filing.Issuer.TradingSymbol);
        if (fromFiling.Count > 0) return fromFiling[0];
        return store.Symbols.FindOne(IndexQuery.Equal("cik", filing.Issuer.Cik)) is { } symbol ? SymbolDocuments.Symbol(symbol) : "";
    }

    private bool HasExercise(long issuer, long insider, DateOnly day, string exceptAccession) =>
        store.Rows.OfInsiderAt(insider, issuer, DayNumber.Of(day), DayNumber.Of(day))
            .Any(d => ExerciseCodes.Contains(TradeDocuments.Head(d).Code) && TradeDocuments.Accession(d) != exceptAccession);

    private void MarkSameDaySalesAsExerciseSales(long issuer, long insider, DateOnly day, string exceptAccession)
    {
        foreach (var doc in store.Rows.OfInsiderAt(insider, issuer, DayNumber.Of(day), DayNumber.Of(day)).ToList())
        {
            if (TradeDocuments.Accession(doc) == exceptAccession) continue;
            if (TradeDocuments.Nature(doc) != TradeNature.DiscretionarySale) continue;
            TradeDocuments.SetNature(doc, TradeNature.ExerciseSale);
            store.Rows.Update(doc);
        }
    }
}
