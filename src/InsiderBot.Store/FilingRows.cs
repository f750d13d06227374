using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Every read and write of stored filings goes through here, so the layout that holds them is one class's concern.
/// Filings come back as filing documents (<see cref="FilingDocuments"/>); one read here, changed in place and given
/// back to <see cref="Update"/> is stored changed.
/// </summary>
internal abstract class FilingRows
{
    /// <summary>The filing with this accession number; null when none is stored.</summary>
    public abstract BsonDocument? Find(string accession);

    /// <summary>
    /// The filing with this accession number among the company's filings of the month <paramref name="reportKey"/>
    /// keeps them in, null when it is not there: the ingest's duplicate check, since a filing stored again (from XML,
    /// a data set or a backfill) has the accession, issuer and period it had the first time.
    /// </summary>
    public virtual BsonDocument? FindOf(string accession, long issuer, long reportKey) => Find(accession);

    public abstract void Insert(BsonDocument filing);

    /// <summary>Writes back a filing read here and changed in place (the replaced marks).</summary>
    public abstract void Update(BsonDocument filing);

    public abstract void Delete(BsonDocument filing);

    /// <summary>Every filing of one company.</summary>
    public abstract IEnumerable<BsonDocument> OfIssuer(long issuer);

    /// <summary>The company's filings with this report key (<see cref="StoreDatabase.ReportKey"/>): the ones a 4/A may amend.</summary>
    public abstract IEnumerable<BsonDocument> OfReport(long issuer, long reportKey);

    /// <summary>True when a filing is stored (reads one key, never counts).</summary>
    public abstract bool Any();

    /// <summary>How many filings are stored.</summary>
    public abstract long Count();

    /// <summary>Every stored filing, in no useful order: for checks and recomputes over the whole store.</summary>
    public abstract IEnumerable<BsonDocument> All();

    /// <summary>Writes what the transaction changed and holds back; called just before it commits.</summary>
    public virtual void Flush()
    {
    }

    /// <summary>Forgets what the transaction changed; called when it rolls back.</summary>
    public virtual void Discard()
    {
    }
}
