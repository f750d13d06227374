using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Layout 2's trades: a document per trade (<see cref="TradeDocuments"/>) in the <c>trades</c> collection, indexed by
/// (issuer, day) and (insider, day). The product upgrades every store to layout 3 when it opens it; this is kept so the
/// upgrade tests can build a store as the version before layout 3 wrote it (<see cref="UpgradePace.LayoutTwo"/>).
/// </summary>
internal sealed class TradeDocumentRows(StoreDatabase store) : TradeRows
{
    private ILiteCollection<BsonDocument> Trades => store.Trades;

    public override void Insert(IReadOnlyCollection<BsonDocument> trades)
    {
        if (trades.Count > 0) Trades.InsertBulk(trades);
    }

    public override IEnumerable<BsonDocument> OfIssuer(long issuer, int fromDay, int toDay) =>
        Trades.Find(IndexQuery.Between("ik", DayNumber.KeyStart(issuer) + fromDay, DayNumber.KeyStart(issuer) + toDay));

    public override IEnumerable<BsonDocument> OfInsider(long insider, int fromDay, int toDay) =>
        Trades.Find(IndexQuery.Between("ok", DayNumber.KeyStart(insider) + fromDay, DayNumber.KeyStart(insider) + toDay));

    public override IEnumerable<BsonDocument> OfInsiderAt(long insider, long issuer, int fromDay, int toDay) =>
        OfInsider(insider, fromDay, toDay).Where(t => TradeDocuments.Issuer(t) == issuer);

    public override IEnumerable<BsonDocument> OfFiling(BsonDocument filing)
    {
        var accession = FilingDocuments.Accession(filing);
        foreach (var suffix in FilingDocuments.TradeSuffixes(filing))
        {
            if (Trades.ById($"{accession}:{suffix}") is { } trade) yield return trade;
        }
    }

    public override void Update(BsonDocument trade) => Trades.Update(trade);

    public override void Delete(BsonDocument trade) => Trades.Delete(TradeDocuments.Id(trade));

    public override (int First, int Last)? DaysOf(long issuer)
    {
        var range = IndexQuery.Between("ik", DayNumber.KeyStart(issuer), DayNumber.KeyEnd(issuer));
        var start = Trades.Query().Where(range).OrderBy("ik").Select(BsonExpression.Create("{ ik: $.ik }")).Limit(1).ToEnumerable().FirstOrDefault();
        if (start is null) return null;
        var end = Trades.Query().Where(range).OrderByDescending("ik").Select(BsonExpression.Create("{ ik: $.ik }")).Limit(1).ToEnumerable().First();
        return (TradeDocuments.Day(start), TradeDocuments.Day(end));
    }

    /// <summary>Counted a slice of keys at a time, so memory stays bounded.</summary>
    public override long Count() => StoreCounts.CountInSlices(Trades);

    public override IEnumerable<BsonDocument> All() => Trades.FindAll();
}
