using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Layout 4's filings: a document per company and month of the period of report (<see cref="FilingMonth"/>) in the
/// <c>filing_months</c> collection, found by accession through one multikey index, where layouts 1 to 3 kept a document
/// per filing in three B-trees that grow with the whole history (accession, issuer, report key). A 4/A's lookup of the
/// report it amends reads one month; a company's filings are one range of the primary key. A write transaction keeps
/// the months it changes in memory, reads them from there, and writes each once just before it commits
/// (<see cref="Flush"/>); other readers see only committed months.
/// </summary>
internal sealed class FilingMonthRows(StoreDatabase store) : FilingRows
{
    public const string CollectionName = "filing_months";

    // The months the writing transaction changed, and where the filings it added went (only its thread reads them:
    // others see what LiteDB committed, as LiteDB shows a transaction's writes to its own thread alone).
    private readonly Dictionary<long, FilingMonth> changed = [];
    private readonly Dictionary<string, long> added = new(StringComparer.Ordinal);

    private ILiteCollection<BsonDocument> Months => store.FilingMonths;

    private bool Pending => store.WritingOnThisThread && changed.Count > 0;

    public override BsonDocument? Find(string accession)
    {
        if (Pending && added.TryGetValue(accession, out var addedTo)) return changed[addedTo].Find(accession);
        if (Months.FindOne(FilingMonthDocuments.Holding(accession)) is not { } stored) return null;
        return Pending && changed.TryGetValue(FilingMonthDocuments.KeyOf(stored), out var month)
            ? month.Find(accession)
            : FilingMonthDocuments.Find(stored, accession);
    }

    // One month by its key, the accessions checked before any filing is decoded; no look-up in the accession index.
    public override BsonDocument? FindOf(string accession, long issuer, long reportKey)
    {
        var key = FilingMonth.KeyOf(issuer, reportKey);
        if (Pending && changed.TryGetValue(key, out var held)) return held.Find(accession);
        return Months.FindById(key) is { } stored && FilingMonthDocuments.Holds(stored, accession) ? FilingMonthDocuments.Find(stored, accession) : null;
    }

    public override void Insert(BsonDocument filing) => store.InWriteTransaction(() =>
    {
        var key = FilingMonthDocuments.MonthOf(filing);
        Changing(key).Filings.Add(filing);
        added[FilingDocuments.Accession(filing)] = key;
    });

    public override void Update(BsonDocument filing) => store.InWriteTransaction(() =>
    {
        if (!Changing(FilingMonthDocuments.MonthOf(filing)).Replace(filing))
            throw new InvalidOperationException($"filing {FilingDocuments.Accession(filing)} is not stored");
    });

    public override void Delete(BsonDocument filing) => store.InWriteTransaction(() =>
    {
        Changing(FilingMonthDocuments.MonthOf(filing)).Remove(FilingDocuments.Accession(filing));
        added.Remove(FilingDocuments.Accession(filing));
    });

    public override IEnumerable<BsonDocument> OfIssuer(long issuer)
    {
        var (from, to) = (issuer * TradeMonth.MonthsPerKey, (issuer * TradeMonth.MonthsPerKey) + TradeMonth.MonthsPerKey - 1);
        var stored = Months.Find(IndexQuery.Between("_id", from, to));
        return Merged(stored, Pending ? changed.Values.Where(m => m.Key >= from && m.Key <= to).OrderBy(m => m.Key).ToList() : null)
            .SelectMany(m => m.Filings);
    }

    public override IEnumerable<BsonDocument> OfReport(long issuer, long reportKey)
    {
        var key = FilingMonth.KeyOf(issuer, reportKey);
        if (Pending && changed.TryGetValue(key, out var held)) return held.Filings.Where(f => FilingDocuments.ReportKey(f) == reportKey).ToList();
        return Months.FindById(key) is { } stored ? FilingMonthDocuments.OfReport(stored, reportKey) : [];
    }

    public override bool Any() =>
        Pending ? All().Any() : StoreDatabase.HasDocuments(Months);

    /// <summary>Summed from each month's count, a slice of months per query so memory stays bounded.</summary>
    public override long Count() => StoreCounts.SumInSlices(Months, FilingMonthDocuments.CountProjection, m => FilingMonthDocuments.CountOf(m));

    public override IEnumerable<BsonDocument> All() =>
        Merged(Months.FindAll(), Pending ? changed.Values.OrderBy(m => m.Key).ToList() : null).SelectMany(m => m.Filings);

    public override void Flush()
    {
        foreach (var (key, month) in changed)
        {
            if (month.Filings.Count == 0) Months.Delete(key);
            else Months.Upsert(FilingMonthDocuments.ToDocument(month));
        }

        Discard();
    }

    public override void Discard()
    {
        changed.Clear();
        added.Clear();
    }

    // The month as this transaction has it, to change: read once, then held until the transaction ends.
    private FilingMonth Changing(long key)
    {
        if (!changed.TryGetValue(key, out var month))
        {
            month = Months.FindById(key) is { } stored ? FilingMonthDocuments.Read(stored) : FilingMonth.Empty(key);
            changed[key] = month;
        }

        return month;
    }

    // Stored months (ascending by key) with this transaction's changes: a changed month in place of its stored self, new ones in order.
    // (pending is null outside the writing transaction: only committed months are read.)
    private IEnumerable<FilingMonth> Merged(IEnumerable<BsonDocument> stored, List<FilingMonth>? pending)
    {
        var mine = pending is not null;
        pending ??= [];
        var next = 0;
        foreach (var document in stored)
        {
            var key = FilingMonthDocuments.KeyOf(document);
            while (next < pending.Count && pending[next].Key <= key) yield return pending[next++];
            if (mine && changed.ContainsKey(key)) continue; // yielded (or left out) from what this transaction holds
            yield return FilingMonthDocuments.Read(document);
        }

        while (next < pending.Count) yield return pending[next++];
    }
}
