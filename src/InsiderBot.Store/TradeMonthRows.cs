using InsiderBot.Insights;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Layout 3's trades: a document per company and month (<see cref="TradeMonth"/>) in the <c>trade_months</c> collection,
/// so a bulk import writes and indexes one document where layout 2 wrote one per trade with three index entries each,
/// and <c>/insiders</c> reads a handful. A write transaction keeps the months it changes in memory, reads them from
/// there, and writes each once just before it commits (<see cref="Flush"/>); other readers see only committed months.
/// </summary>
internal sealed class TradeMonthRows(StoreDatabase store) : TradeRows
{
    public const string CollectionName = "trade_months";

    // The months the writing transaction changed (only its thread reads them).
    private readonly ChangedMonths<TradeMonth> changed = new(() => store.TradeMonths, m => TradeMonthDocuments.Read(m), TradeMonth.Empty, TradeMonthDocuments.ToDocument);

    private ILiteCollection<BsonDocument> Months => store.TradeMonths;

    private bool Pending => store.WritingOnThisThread && changed.Count > 0;

    public override void Insert(IReadOnlyCollection<BsonDocument> trades)
    {
        if (trades.Count == 0) return;
        store.InWriteTransaction(() =>
        {
            foreach (var trade in trades) changed.Changing(MonthOf(trade)).Add(trade);
        });
    }

    public override IEnumerable<BsonDocument> OfIssuer(long issuer, int fromDay, int toDay)
    {
        var wanted = Days(fromDay, toDay);
        return Rows(IssuerMonths(issuer, fromDay, toDay, wanted), wanted);
    }

    // Outside a write transaction the months are decoded straight into trades.
    public override List<InsiderTrade> CurrentTradesOfIssuer(long issuer, int fromDay, int toDay, Func<string, bool>? code = null) =>
        Pending
            ? base.CurrentTradesOfIssuer(issuer, fromDay, toDay, code)
            : StoredMonths(issuer, fromDay, toDay).SelectMany(m => TradeMonthDocuments.CurrentTrades(m, fromDay, toDay, code)).ToList();

    public override IEnumerable<BsonDocument> OfInsider(long insider, int fromDay, int toDay)
    {
        var wanted = Insider(insider, fromDay, toDay);
        return Rows(InsiderMonths(insider, fromDay, toDay, _ => true, wanted), wanted).OrderBy(TradeDocuments.Day);
    }

    public override IEnumerable<BsonDocument> OfInsiderAt(long insider, long issuer, int fromDay, int toDay)
    {
        // A month or two: the company's own months; a longer span: the months the insider traded in, at this company.
        var wanted = Insider(insider, fromDay, toDay);
        var months = TradeMonth.KeyOf(issuer, toDay) - TradeMonth.KeyOf(issuer, fromDay) <= 1
            ? IssuerMonths(issuer, fromDay, toDay, wanted)
            : InsiderMonths(insider, fromDay, toDay, key => key / TradeMonth.MonthsPerKey == issuer, wanted);
        return Rows(months, wanted);
    }

    public override IEnumerable<BsonDocument> OfFiling(BsonDocument filing)
    {
        var accession = FilingDocuments.Accession(filing);
        var suffixes = FilingDocuments.TradeSuffixes(filing).ToList();
        if (suffixes.Count == 0) return [];
        var issuer = FilingDocuments.Issuer(filing);

        // Its rows are dated from the period of report to the day it was filed, nearly always: those months first.
        var found = new Dictionary<string, BsonDocument>(StringComparer.Ordinal);
        if (FilingDocuments.Period(filing) is { } period && FilingDocuments.Filed(filing) is { } filed)
            Collect(OfIssuer(issuer, Math.Min(period, filed), Math.Max(period, filed)), accession, found);
        if (found.Count < suffixes.Count) Collect(OfIssuer(issuer), accession, found);
        return suffixes.Select(s => found.GetValueOrDefault(s)).OfType<BsonDocument>().ToList();
    }

    public override void Update(BsonDocument trade) => store.InWriteTransaction(() =>
    {
        if (!changed.Changing(MonthOf(trade)).Replace(trade))
            throw new InvalidOperationException($"trade {TradeDocuments.Id(trade)} is not stored");
    });

    public override void Delete(BsonDocument trade) => store.InWriteTransaction(() => changed.Changing(MonthOf(trade)).Remove(TradeDocuments.Id(trade)));

    public override (int First, int Last)? DaysOf(long issuer)
    {
        var (from, to) = (issuer * TradeMonth.MonthsPerKey, (issuer * TradeMonth.MonthsPerKey) + TradeMonth.MonthsPerKey - 1);
        if (Pending)
        {
            var all = IssuerMonths(issuer, 0, DayNumber.Last).Where(m => m.Trades.Count > 0).ToList();
            return all.Count == 0 ? null : (all[0].Trades.Min(TradeDocuments.Day), all[^1].Trades.Max(TradeDocuments.Day));
        }

        var range = IndexQuery.Between("_id", from, to);
        var first = Months.Query().Where(range).OrderBy("_id").Limit(1).ToEnumerable().FirstOrDefault();
        if (first is null) return null;
        var last = Months.Query().Where(range).OrderByDescending("_id").Limit(1).ToEnumerable().First();
        return (TradeMonthDocuments.Read(first).Trades.Min(TradeDocuments.Day), TradeMonthDocuments.Read(last).Trades.Max(TradeDocuments.Day));
    }

    /// <summary>Summed from each month's count, a slice of months per query so memory stays bounded.</summary>
    public override long Count() => StoreCounts.SumInSlices(Months, TradeMonthDocuments.CountProjection, m => TradeMonthDocuments.CountOf(m));

    public override IEnumerable<BsonDocument> All() => Months.FindAll().SelectMany(m => TradeMonthDocuments.Read(m).Trades);

    public override void Flush() => changed.Flush();

    public override void Discard() => changed.Clear();

    private static long MonthOf(BsonDocument trade) => TradeMonth.KeyOf(TradeDocuments.Issuer(trade), TradeDocuments.Day(trade));

    private static Func<long, int, bool> Days(int fromDay, int toDay) => (_, day) => day >= fromDay && day <= toDay;

    private static Func<long, int, bool> Insider(long insider, int fromDay, int toDay) =>
        (owner, day) => owner == insider && day >= fromDay && day <= toDay;

    // The wanted rows of the months (stored months come decoded that far already; this transaction's are whole).
    private static IEnumerable<BsonDocument> Rows(IEnumerable<TradeMonth> months, Func<long, int, bool> wanted) =>
        months.SelectMany(m => m.Trades).Where(t => wanted(TradeDocuments.Insider(t), TradeDocuments.Day(t)));

    private static void Collect(IEnumerable<BsonDocument> rows, string accession, Dictionary<string, BsonDocument> found)
    {
        foreach (var row in rows)
        {
            var id = TradeDocuments.Id(row);
            if (TradeDocuments.AccessionOf(id) == accession) found[TradeDocuments.SuffixOf(id)] = row;
        }
    }

    private IEnumerable<TradeMonth> IssuerMonths(long issuer, int fromDay, int toDay, Func<long, int, bool>? wanted = null)
    {
        if (!Pending) return StoredMonths(issuer, fromDay, toDay).Select(m => TradeMonthDocuments.Read(m, wanted));

        // Every month of the range held by this transaction (a batch of one company's filings, mostly): no query.
        var (first, last) = (TradeMonth.KeyOf(issuer, fromDay), TradeMonth.KeyOf(issuer, toDay));
        var held = changed.Between(first, last);
        return held.Count == TradeMonth.MonthsSpanned(first, last) ? held : Merged(StoredMonths(issuer, fromDay, toDay), held, wanted);
    }

    // A company's committed month documents over a range of days (a parameterised range: LiteDB compiles it once).
    private IEnumerable<BsonDocument> StoredMonths(long issuer, int fromDay, int toDay) =>
        Months.Find(IndexQuery.Between("_id", TradeMonth.KeyOf(issuer, fromDay), TradeMonth.KeyOf(issuer, toDay)));

    private IEnumerable<TradeMonth> InsiderMonths(long insider, int fromDay, int toDay, Func<long, bool> company, Func<long, int, bool> wanted)
    {
        var stored = Months.Find(TradeMonthDocuments.InsiderBetween(TradeMonth.KeyOf(insider, fromDay), TradeMonth.KeyOf(insider, toDay)))
            .Where(m => company(TradeMonthDocuments.KeyOf(m)));
        if (!Pending) return stored.Select(m => TradeMonthDocuments.Read(m, wanted));

        var (first, last) = (TradeMonth.KeyOf(0, fromDay), TradeMonth.KeyOf(0, toDay));
        var pending = changed.All
            .Where(m => company(m.Key) && m.Key % TradeMonth.MonthsPerKey >= first && m.Key % TradeMonth.MonthsPerKey <= last && m.Holds(insider))
            .OrderBy(m => m.Key % TradeMonth.MonthsPerKey).ThenBy(m => m.Key)
            .ToList();
        return Merged(stored, pending, wanted, m => (m % TradeMonth.MonthsPerKey, m));
    }

    // Stored months with this transaction's changes, the stored ones decoded as far as the reader wants.
    private IEnumerable<TradeMonth> Merged(IEnumerable<BsonDocument> stored, List<TradeMonth> pending, Func<long, int, bool>? wanted, Func<long, (long, long)>? order = null) =>
        changed.Merged(stored, pending, TradeMonthDocuments.KeyOf, m => TradeMonthDocuments.Read(m, wanted), order);
}
