using LiteDB;

namespace InsiderBot.Store.Coverage;

/// <summary>
/// The <c>coverage</c> collection: one document per covered stretch and source, <c>k</c> = 0 for the whole market or
/// the issuer CIK for one company's own history, <c>f</c>/<c>t</c> = first and last day (<see cref="DayNumber"/>),
/// <c>s</c> = the source. A new stretch joins the records of its key and source it overlaps or adjoins, so the live
/// feed extends one record poll after poll instead of adding one per poll.
/// </summary>
internal static class CoverageLedger
{
    public const long Market = 0;

    private static ILiteCollection<BsonDocument> Collection(StoreDatabase store)
    {
        var collection = store.Database.GetCollection("coverage");
        collection.EnsureIndex("k", "$.k");
        return collection;
    }

    public static void Mark(StoreDatabase store, long key, DateOnly from, DateOnly to, string source)
    {
        if (to < from) return;
        store.InTransaction(() =>
        {
            var collection = Collection(store);
            int f = DayNumber.Of(from), t = DayNumber.Of(to);
            foreach (var doc in collection.Find(IndexQuery.Equal("k", key)).ToList())
            {
                if (CoverageDocuments.Source(doc) != source || CoverageDocuments.First(doc) > t + 1 || CoverageDocuments.Last(doc) < f - 1) continue;
                f = Math.Min(f, CoverageDocuments.First(doc));
                t = Math.Max(t, CoverageDocuments.Last(doc));
                collection.Delete(CoverageDocuments.Id(doc));
            }

            collection.Insert(CoverageDocuments.ToDocument(key, f, t, source));
            return 0;
        });
    }

    /// <summary>Every record, merged per key: the market's spans and each company's own.</summary>
    public static (IReadOnlyList<CoveredSpan> Market, IReadOnlyDictionary<long, IReadOnlyList<CoveredSpan>> Companies) Read(StoreDatabase store)
    {
        var byKey = Collection(store).FindAll()
            .Select(d => (Key: CoverageDocuments.Key(d), Span: CoverageDocuments.Span(d)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => CoveredSpan.Merge(g.Select(x => x.Span)));
        var market = byKey.Remove(Market, out var spans) ? spans : [];
        return (market, byKey);
    }

    /// <summary>
    /// Takes one day out of a key's covered stretches (the records holding it are split around it), so the next
    /// backfill or bootstrap fetches it again. Call inside a transaction.
    /// </summary>
    public static void Uncover(StoreDatabase store, long key, DateOnly day)
    {
        var collection = Collection(store);
        var d = DayNumber.Of(day);
        foreach (var doc in collection.Find(IndexQuery.Equal("k", key)).ToList())
        {
            int f = CoverageDocuments.First(doc), t = CoverageDocuments.Last(doc);
            if (d < f || d > t) continue;
            collection.Delete(CoverageDocuments.Id(doc));
            if (f < d) collection.Insert(CoverageDocuments.ToDocument(key, f, d - 1, CoverageDocuments.Source(doc)));
            if (d < t) collection.Insert(CoverageDocuments.ToDocument(key, d + 1, t, CoverageDocuments.Source(doc)));
        }
    }

    /// <summary>Removes every record made from one source (the bundled sample's, when it is removed).</summary>
    public static int Forget(StoreDatabase store, string source) => Collection(store).DeleteMany(Query.EQ("s", source));
}
