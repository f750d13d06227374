using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store;

/// <summary>
/// The LiteDB file and its collections. Indexes are created when the file is opened, so they exist before the
/// first bulk import (building them over millions of rows later takes minutes: LITEDB-NOTES).
/// </summary>
public sealed class StoreDatabase : IDisposable
{
    public StoreDatabase(IOptions<StoreOptions> options, ILogger<StoreDatabase>? logger = null)
        : this(options, logger, new UpgradePace())
    {
    }

    /// <summary>Opens the store with a given pace for a layout upgrade (tests stop it part-way, as a kill would).</summary>
    internal StoreDatabase(IOptions<StoreOptions> options, ILogger<StoreDatabase>? logger, UpgradePace pace)
    {
        var path = Path.GetFullPath(options.Value.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FilePath = path;
        writerLock = StoreLock.Acquire(path);
        try
        {
            Database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
            Database.Pragma("UTC_DATE", true);
            // A backup killed mid-copy leaves automatic checkpoints off (StoreBackup); turn them back on.
            if (Database.CheckpointSize == 0) Database.CheckpointSize = StoreBackup.CheckpointPages;

            Trades = Database.GetCollection("trades");
            TradeMonths = Database.GetCollection(TradeMonthRows.CollectionName);
            TradeMonths.EnsureIndex("o", TradeMonthDocuments.InsiderIndex);
            Rows = pace.LayoutTwo ? new TradeDocumentRows(this) : new TradeMonthRows(this);
            if (pace.LayoutTwo)
            {
                Trades.EnsureIndex("ik", "$.ik");
                Trades.EnsureIndex("ok", "$.ok");
            }
            LayoutThreeFilings = Database.GetCollection("filings");
            if (pace.LayoutTwo || Database.CollectionExists("filings"))
            {
                LayoutThreeFilings.EnsureIndex("iss", "$.iss");
                LayoutThreeFilings.EnsureIndex("rep", "$.rep");
                BackfillReportKeys();
            }

            FilingMonths = Database.GetCollection(FilingMonthRows.CollectionName);
            FilingMonths.EnsureIndex("a", FilingMonthDocuments.AccessionIndex);
            Filings = pace.LayoutTwo ? new FilingDocumentRows(this) : new FilingMonthRows(this);
            Issuers = Database.GetCollection("issuers");
            Issuers.EnsureIndex("n", "$.n");
            Symbols = Database.GetCollection("symbols");
            Symbols.EnsureIndex("cik", "$.cik");
            Quarantine = Database.GetCollection("quarantine");
            Meta = Database.GetCollection("meta");
            Subscriptions = Database.GetCollection("subscriptions");
            Outbox = Database.GetCollection("outbox");
            Outbox.EnsureIndex("status", "$.status");
            Outbox.EnsureIndex("key", "$.key");
            Signals = Database.GetCollection("signals");
            Signals.EnsureIndex("ik", "$.ik");
            Signals.EnsureIndex("kd", "$.kd");
            DropUnreadIndex(Signals, "iss", logger ?? NullLogger<StoreDatabase>.Instance);
            Insiders = Database.GetCollection("insiders");
            DecisionDays = Database.GetCollection("decision_days");
            PendingSignals = Database.GetCollection("pending");
            MarketDays = Database.GetCollection("market_days");
            SplitFacts = Database.GetCollection("split_months");
            Splits = Database.GetCollection("splits");
            SplitWatches = Database.GetCollection("split_watch");
            StoreLayout.Upgrade(this, logger ?? NullLogger<StoreDatabase>.Instance, pace);
            MarketDayLedger.Backfill(this, logger ?? NullLogger<StoreDatabase>.Instance);
            SplitRegister.Backfill(this, logger ?? NullLogger<StoreDatabase>.Instance);
            StoreCounts.Backfill(this, logger ?? NullLogger<StoreDatabase>.Instance);
        }
        catch
        {
            Database?.Dispose();
            writerLock.Dispose();
            throw;
        }
    }

    private readonly StoreLock writerLock;

    // Stores written before indexed the signals by issuer alone too, which no read asks (ik ranges answer a company);
    // every insert and delete walked it. Dropped once, in one transaction: a kill part-way leaves it for the next open.
    private void DropUnreadIndex(ILiteCollection<BsonDocument> collection, string name, ILogger logger)
    {
        var indexes = Database.GetCollection("$indexes");
        if (!indexes.Exists(Query.And(Query.EQ("collection", collection.Name), Query.EQ("name", name)))) return;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        logger.LogInformation("Dropping the {Collection} index {Index}, which no read uses", collection.Name, name);
        collection.DropIndex(name);
        logger.LogInformation("Dropped the {Collection} index {Index} in {Seconds:0.0} s", collection.Name, name, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    public string FilePath { get; }

    /// <summary>The <c>rep</c> index key of a filing: its owner and period of report (day 0 when it has none).</summary>
    public static long ReportKey(long owner, int? period) => (owner * 100_000) + (period ?? 0);

    // Stores written before the rep key existed get it once (documents without it are indexed under null).
    private void BackfillReportKeys()
    {
        foreach (var filing in LayoutThreeFilings.Find(IndexQuery.Equal("rep", BsonValue.Null)).ToList())
        {
            FilingDocuments.FillReportKey(filing);
            LayoutThreeFilings.Update(filing);
        }
    }

    public LiteDatabase Database { get; }

    /// <summary>
    /// Layout 2's trades, one document per transaction (<see cref="TradeDocuments"/>) with <c>ik</c> = (issuer, day) and
    /// <c>ok</c> = (insider, day) indexes: empty once a store is upgraded to layout 3 (<see cref="StoreLayout"/>).
    /// </summary>
    public ILiteCollection<BsonDocument> Trades { get; }

    /// <summary>Layout 3's trades: one document per company and month (<see cref="TradeMonth"/>).</summary>
    public ILiteCollection<BsonDocument> TradeMonths { get; }

    /// <summary>The stored trades as every reader and writer sees them (<see cref="TradeRows"/>).</summary>
    internal TradeRows Rows { get; }

    /// <summary>
    /// Layouts 1 to 3's filings, one document per filing (<see cref="FilingDocuments"/>) indexed by accession, issuer and
    /// report key: absent once a store is upgraded to layout 4 (<see cref="StoreLayout"/>).
    /// </summary>
    public ILiteCollection<BsonDocument> LayoutThreeFilings { get; }

    /// <summary>Layout 4's filings: one document per company and month of the period of report (<see cref="FilingMonth"/>).</summary>
    public ILiteCollection<BsonDocument> FilingMonths { get; }

    /// <summary>The stored filings as every reader and writer sees them (<see cref="FilingRows"/>).</summary>
    internal FilingRows Filings { get; }

    /// <summary>One document per issuer CIK: name, symbols, latest activity, trade count.</summary>
    public ILiteCollection<BsonDocument> Issuers { get; }

    /// <summary>Ticker symbol → issuer CIK, from filings and the SEC ticker map.</summary>
    public ILiteCollection<BsonDocument> Symbols { get; }

    public ILiteCollection<BsonDocument> Quarantine { get; }

    public ILiteCollection<BsonDocument> Meta { get; }

    /// <summary>One document per platform, workspace and channel.</summary>
    public ILiteCollection<BsonDocument> Subscriptions { get; }

    /// <summary>Alerts waiting for (or done with) delivery.</summary>
    public ILiteCollection<BsonDocument> Outbox { get; }

    /// <summary>Detected signals keyed by their stable id; <c>ik</c> = (issuer, last day), <c>kd</c> = (kind, last day).</summary>
    public ILiteCollection<BsonDocument> Signals { get; }

    /// <summary>One document per reporting owner: name, the filer whose trades they share, the companies.</summary>
    public ILiteCollection<BsonDocument> Insiders { get; }

    /// <summary>The market ratio's per-day tallies (see <see cref="DecisionDayLedger"/>).</summary>
    public ILiteCollection<BsonDocument> DecisionDays { get; }

    /// <summary>
    /// Companies whose signals a bulk import has not evaluated yet: <c>_id</c> = issuer CIK, <c>day</c> = the earliest
    /// changed day (<see cref="DateOnly.DayNumber"/>). Written in the same transaction as the trades.
    /// </summary>
    public ILiteCollection<BsonDocument> PendingSignals { get; }

    /// <summary>
    /// Per (insider, company), the days with open-market trades the insider status reads and the days with sales the
    /// strength test's quiet period reads (see <see cref="MarketDayLedger"/>): <c>_id</c> = "insider:issuer", <c>b</c> =
    /// the days and their rows in one binary field (<see cref="MarketDayDocuments"/>).
    /// </summary>
    public ILiteCollection<BsonDocument> MarketDays { get; }

    /// <summary>Per company and filing month (<see cref="SplitFactMonths"/>): each filing's positions, prices and split statements that split inference reads.</summary>
    public ILiteCollection<BsonDocument> SplitFacts { get; }

    /// <summary>Per issuer (<c>_id</c> = CIK): every split inferred from its filings, applied or not, with the evidence.</summary>
    public ILiteCollection<BsonDocument> Splits { get; }

    /// <summary>
    /// Per issuer (<c>_id</c> = CIK, <see cref="SplitWatchDocuments"/>): what vouches that the filings stored since its
    /// splits were last inferred leave them as they are; absent when they may not, and the next evaluation infers again.
    /// </summary>
    public ILiteCollection<BsonDocument> SplitWatches { get; }

    private readonly AsyncLocal<bool> writing = new();
    private long writesEnded;

    /// <summary>
    /// How many write transactions (and meta writes) have ended, committed or not: reads remembered under one count
    /// (<see cref="CommittedReads{TKey, TValue}"/>) are read again once it moves.
    /// </summary>
    public long WritesEnded => Interlocked.Read(ref writesEnded);

    /// <summary>
    /// True inside <see cref="InTransaction{T}"/>, whose reads see its writes before they commit. LiteDB keeps a
    /// transaction per async flow, and so does this.
    /// </summary>
    public bool Writing => writing.Value;

    /// <summary>
    /// True on the thread that runs the open write transaction, where LiteDB shows its uncommitted writes (LiteDB keeps
    /// a transaction per thread; <see cref="Writing"/> also flows into work the transaction starts elsewhere).
    /// </summary>
    internal bool WritingOnThisThread => writing.Value && Volatile.Read(ref writerThread) == Environment.CurrentManagedThreadId;

    private int writerThread;

    /// <summary>Runs the work in one LiteDB transaction: all of it lands, or none of it.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        lock (Database)
        {
            var outer = writing.Value;
            var outerThread = writerThread;
            writing.Value = true;
            Volatile.Write(ref writerThread, Environment.CurrentManagedThreadId);
            Database.BeginTrans();
            try
            {
                var result = work();
                Rows.Flush();
                Filings.Flush();
                Database.Commit();
                return result;
            }
            catch
            {
                Rows.Discard();
                Filings.Discard();
                Database.Rollback();
                throw;
            }
            finally
            {
                writing.Value = outer;
                Volatile.Write(ref writerThread, outerThread);
                Interlocked.Increment(ref writesEnded);
            }
        }
    }

    /// <summary>Runs a write in the open write transaction of this thread, or in one of its own when there is none.</summary>
    internal void InWriteTransaction(Action change)
    {
        if (WritingOnThisThread) change();
        else InTransaction(() =>
        {
            change();
            return true;
        });
    }

    /// <summary>The day number (<see cref="DayNumber"/>) of the newest or the oldest stored trade; null for no trades.</summary>
    public int? TradeDayEdge(bool newest) => TradeDayEdges.Read(this) is { } edges ? (newest ? edges.Last : edges.First) : null;

    /// <summary>True when a filing with this accession number is stored.</summary>
    public bool HasFiling(string accession) => Filings.Find(accession) is not null;

    /// <summary>How many filings are stored, counted from the filings themselves (not the tally <c>/status</c> reads).</summary>
    public long CountFilings() => Filings.Count();

    /// <summary>The trade documents of a stored filing, in the order the filing listed them (none for an unknown accession).</summary>
    public IEnumerable<BsonDocument> TradesOfFiling(string accession) =>
        Filings.Find(accession) is { } filing ? TradesOfFiling(filing) : [];

    /// <summary>The trade documents of a filing document, found by the ids its <c>ti</c> field lists.</summary>
    public IEnumerable<BsonDocument> TradesOfFiling(BsonDocument filing) => Rows.OfFiling(filing);

    /// <summary>True when the collection holds a document: reads one key, never counts.</summary>
    internal static bool HasDocuments(ILiteCollection<BsonDocument> collection) =>
        collection.Query().Select(BsonExpression.Create("$._id")).Limit(1).ToEnumerable().Any();

    public string? GetMeta(string key) => Meta.ById(key) is { } d ? MetaDocuments.ValueOf(d) : null;

    public void SetMeta(string key, string value)
    {
        Meta.Upsert(MetaDocuments.Value(key, value));
        Interlocked.Increment(ref writesEnded);
    }

    public void Dispose()
    {
        Database.Dispose();
        writerLock.Dispose();
    }
}
