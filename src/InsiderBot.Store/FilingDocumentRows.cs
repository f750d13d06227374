using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Layouts 1 to 3's filings: a document per filing in the <c>filings</c> collection, indexed by accession (<c>_id</c>),
/// issuer (<c>iss</c>) and report key (<c>rep</c>). The product upgrades every store to layout 4 when it opens it; this
/// is kept so the upgrade tests can build a store as the versions before layout 4 wrote it (<see cref="UpgradePace.LayoutTwo"/>).
/// </summary>
internal sealed class FilingDocumentRows(StoreDatabase store) : FilingRows
{
    private ILiteCollection<BsonDocument> Filings => store.LayoutThreeFilings;

    public override BsonDocument? Find(string accession) => Filings.ById(accession);

    public override void Insert(BsonDocument filing) => Filings.Insert(filing);

    public override void Update(BsonDocument filing) => Filings.Update(filing);

    public override void Delete(BsonDocument filing) => Filings.Delete(FilingDocuments.Accession(filing));

    public override IEnumerable<BsonDocument> OfIssuer(long issuer) => Filings.Find(IndexQuery.Equal("iss", issuer));

    public override IEnumerable<BsonDocument> OfReport(long issuer, long reportKey) =>
        Filings.Find(IndexQuery.Equal("rep", reportKey)).Where(f => FilingDocuments.Issuer(f) == issuer);

    public override bool Any() => StoreDatabase.HasDocuments(Filings);

    public override long Count() => StoreCounts.CountInSlices(Filings);

    public override IEnumerable<BsonDocument> All() => Filings.FindAll();
}
