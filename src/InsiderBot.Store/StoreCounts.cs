using LiteDB;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Store;

/// <summary>
/// How many filings and trades the store holds, kept at ingest in the batch's own transaction. LiteDB's
/// <c>Count()</c> gathers every key of the collection inside one read transaction, which holds every page it read:
/// 2.7 s and 680 MB on a 5M-trade store, for a number <c>/status</c> shows (benchmarks/InsiderBot.Benchmarks/Notes/insiders-query.md).
/// </summary>
internal static class StoreCounts
{
    private const string Key = "counts-v1";

    public static (long Filings, long Trades) Read(StoreDatabase store) =>
        store.Meta.ById(Key) is { } doc ? MetaDocuments.CountsOf(doc) : (0, 0);

    /// <summary>Adds a batch's stored filings and trades; call inside the batch's transaction.</summary>
    public static void Add(StoreDatabase store, long filings, long trades)
    {
        if (filings == 0 && trades == 0) return;
        var (f, t) = Read(store);
        store.Meta.Upsert(MetaDocuments.Counts(Key, f + filings, t + trades));
    }

    /// <summary>Counts a store written before the counts existed, once, a slice of keys per query so memory stays bounded.</summary>
    public static void Backfill(StoreDatabase store, ILogger logger)
    {
        if (store.Meta.ById(Key) is not null) return;
        var (filings, trades) = (store.Filings.Count(), store.Rows.Count());
        store.InTransaction(() => store.Meta.Upsert(MetaDocuments.Counts(Key, filings, trades)));
        if (filings > 0) logger.LogInformation("Counted the store once for /status: {Filings} filings, {Trades} trades", filings, trades);
    }

    /// <summary>Counts a collection a slice of keys per query (each query releases its pages when it ends).</summary>
    public static long CountInSlices(ILiteCollection<BsonDocument> collection, int slice = 5_000) =>
        SumInSlices(collection, BsonExpression.Create("$._id"), _ => 1, slice);

    /// <summary>
    /// Sums what each document holds (<paramref name="countOf"/>, read off a <paramref name="projection"/> that keeps
    /// <c>_id</c>), a slice of documents per query so memory stays bounded.
    /// </summary>
    public static long SumInSlices(ILiteCollection<BsonDocument> collection, BsonExpression projection, Func<BsonDocument, long> countOf, int slice = 5_000)
    {
        long count = 0;
        var after = BsonValue.MinValue;
        while (true)
        {
            var documents = collection.Query().Where(BsonExpression.Create("$._id > @0", after)).Select(projection).Limit(slice).ToList();
            count += documents.Sum(countOf);
            if (documents.Count < slice) return count;
            after = StoreDocuments.Id(documents[^1]);
        }
    }
}
