using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Every read and write of stored trades goes through here, so the layout that holds them is one class's concern: a
/// document per trade (<see cref="TradeDocuments"/>) keyed by (issuer, day) and (insider, day). Rows come back as trade
/// documents, ascending by day; days are <see cref="DayNumber"/>s, both ends inclusive.
/// </summary>
internal sealed class TradeRows(StoreDatabase store)
{
    private ILiteCollection<BsonDocument> Trades => store.Trades;

    public void Insert(IReadOnlyCollection<BsonDocument> trades)
    {
        if (trades.Count > 0) Trades.InsertBulk(trades);
    }

    /// <summary>One company's rows between two days.</summary>
    public IEnumerable<BsonDocument> OfIssuer(long issuer, int fromDay, int toDay) =>
        Trades.Find(IndexQuery.Between("ik", DayNumber.KeyStart(issuer) + fromDay, DayNumber.KeyStart(issuer) + toDay));

    /// <summary>One company's rows, its whole history.</summary>
    public IEnumerable<BsonDocument> OfIssuer(long issuer) =>
        Trades.Find(IndexQuery.Between("ik", DayNumber.KeyStart(issuer), DayNumber.KeyEnd(issuer)));

    /// <summary>One insider's rows at every company between two days.</summary>
    public IEnumerable<BsonDocument> OfInsider(long insider, int fromDay, int toDay) =>
        Trades.Find(IndexQuery.Between("ok", DayNumber.KeyStart(insider) + fromDay, DayNumber.KeyStart(insider) + toDay));

    /// <summary>One insider's rows at one company between two days.</summary>
    public IEnumerable<BsonDocument> OfInsiderAt(long insider, long issuer, int fromDay, int toDay) =>
        OfInsider(insider, fromDay, toDay).Where(t => TradeDocuments.Issuer(t) == issuer);

    /// <summary>A row by its id (<c>{accession}:{suffix}</c>); null when none is stored.</summary>
    public BsonDocument? Find(string id) => Trades.FindById(id);

    /// <summary>Writes back a row read here and changed in place (nature, flags, replaced mark).</summary>
    public void Update(BsonDocument trade) => Trades.Update(trade);

    public void Delete(BsonDocument trade) => Trades.Delete(TradeDocuments.Id(trade));

    /// <summary>The first and last day of one company's rows (superseded ones included); null when it has none.</summary>
    public (int First, int Last)? DaysOf(long issuer)
    {
        var range = IndexQuery.Between("ik", DayNumber.KeyStart(issuer), DayNumber.KeyEnd(issuer));
        var start = Trades.Query().Where(range).OrderBy("ik").Select(BsonExpression.Create("{ ik: $.ik }")).Limit(1).ToEnumerable().FirstOrDefault();
        if (start is null) return null;
        var end = Trades.Query().Where(range).OrderByDescending("ik").Select(BsonExpression.Create("{ ik: $.ik }")).Limit(1).ToEnumerable().First();
        return (TradeDocuments.Day(start), TradeDocuments.Day(end));
    }

    /// <summary>How many rows are stored, counted a slice of keys at a time.</summary>
    public long Count() => StoreCounts.CountInSlices(Trades);

    /// <summary>True when any row is stored (reads one key).</summary>
    public bool Any() => StoreDatabase.HasDocuments(Trades);
}
