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

    // The months the writing transaction changed, and where the filings it added went (only its thread reads them).
    private readonly ChangedMonths<FilingMonth> changed = new(() => store.FilingMonths, FilingMonthDocuments.Read, FilingMonth.Empty, FilingMonthDocuments.ToDocument);
    private readonly Dictionary<string, long> added = new(StringComparer.Ordinal);

    private ILiteCollection<BsonDocument> Months => store.FilingMonths;

    private bool Pending => store.WritingOnThisThread && changed.Count > 0;

    public override BsonDocument? Find(string accession)
    {
        if (Pending && added.TryGetValue(accession, out var addedTo) && changed.TryGet(addedTo, out var holding)) return holding.Find(accession);
        if (Months.FindOne(FilingMonthDocuments.Holding(accession)) is not { } stored) return null;
        return Pending && changed.TryGet(FilingMonthDocuments.KeyOf(stored), out var month)
            ? month.Find(accession)
            : FilingMonthDocuments.Find(stored, accession);
    }

    // One month by its key, the accessions checked before any filing is decoded; no look-up in the accession index.
    public override BsonDocument? FindOf(string accession, long issuer, long reportKey)
    {
        var key = FilingMonth.KeyOf(issuer, reportKey);
        if (Pending && changed.TryGet(key, out var held)) return held.Find(accession);
        return StoredMonth(key) is { } stored && FilingMonthDocuments.Holds(stored, accession) ? FilingMonthDocuments.Find(stored, accession) : null;
    }

    public override void Insert(BsonDocument filing) => store.InWriteTransaction(() =>
    {
        var key = FilingMonthDocuments.MonthOf(filing);
        changed.Changing(key).Filings.Add(filing);
        added[FilingDocuments.Accession(filing)] = key;
    });

    public override void Update(BsonDocument filing) => store.InWriteTransaction(() =>
    {
        if (!changed.Changing(FilingMonthDocuments.MonthOf(filing)).Replace(filing))
            throw new InvalidOperationException($"filing {FilingDocuments.Accession(filing)} is not stored");
    });

    public override void Delete(BsonDocument filing) => store.InWriteTransaction(() =>
    {
        changed.Changing(FilingMonthDocuments.MonthOf(filing)).Remove(FilingDocuments.Accession(filing));
        added.Remove(FilingDocuments.Accession(filing));
    });

    public override IEnumerable<BsonDocument> OfIssuer(long issuer)
    {
        var (from, to) = (issuer * TradeMonth.MonthsPerKey, (issuer * TradeMonth.MonthsPerKey) + TradeMonth.MonthsPerKey - 1);
        var stored = Months.Find(IndexQuery.Between("_id", from, to));
        return Merged(stored, () => changed.Between(from, to)).SelectMany(m => m.Filings);
    }

    public override IEnumerable<BsonDocument> OfReport(long issuer, long reportKey)
    {
        var key = FilingMonth.KeyOf(issuer, reportKey);
        if (Pending && changed.TryGet(key, out var held)) return held.Filings.Where(f => FilingDocuments.ReportKey(f) == reportKey).ToList();
        return StoredMonth(key) is { } stored ? FilingMonthDocuments.OfReport(stored, reportKey) : [];
    }

    // A month this transaction does not hold, as stored. In the writing transaction it is read once until the
    // transaction ends, so an ingest's duplicate check, its 4/A look-up of the same report and its insert read the
    // filing's month once between them (the filings decoded from it are fresh documents, so callers may change them).
    private BsonDocument? StoredMonth(long key) => store.WritingOnThisThread ? changed.Stored(key) : Months.ById(key);

    public override bool Any() =>
        Pending ? All().Any() : StoreDatabase.HasDocuments(Months);

    /// <summary>Summed from each month's count, a slice of months per query so memory stays bounded.</summary>
    public override long Count() => StoreCounts.SumInSlices(Months, FilingMonthDocuments.CountProjection, m => FilingMonthDocuments.CountOf(m));

    public override IEnumerable<BsonDocument> All() =>
        Merged(Months.FindAll(), () => [.. changed.All.OrderBy(m => m.Key)]).SelectMany(m => m.Filings);

    public override void Flush()
    {
        changed.Flush();
        added.Clear();
    }

    public override void Discard()
    {
        changed.Clear();
        added.Clear();
    }

    // Stored months (ascending by key), with this transaction's changes when it is the one reading.
    private IEnumerable<FilingMonth> Merged(IEnumerable<BsonDocument> stored, Func<List<FilingMonth>> pending) =>
        Pending ? changed.Merged(stored, pending(), FilingMonthDocuments.KeyOf, FilingMonthDocuments.Read) : stored.Select(FilingMonthDocuments.Read);
}
