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
                if (doc["s"].AsString != source || doc["f"].AsInt32 > t + 1 || doc["t"].AsInt32 < f - 1) continue;
                f = Math.Min(f, doc["f"].AsInt32);
                t = Math.Max(t, doc["t"].AsInt32);
                collection.Delete(doc["_id"]);
            }

            collection.Insert(new BsonDocument { ["k"] = key, ["f"] = f, ["t"] = t, ["s"] = source });
            return 0;
        });
    }

    /// <summary>Every record, merged per key: the market's spans and each company's own.</summary>
    public static (IReadOnlyList<CoveredSpan> Market, IReadOnlyDictionary<long, IReadOnlyList<CoveredSpan>> Companies) Read(StoreDatabase store)
    {
        var byKey = Collection(store).FindAll()
            .Select(d => (Key: d["k"].AsInt64, Span: new CoveredSpan(DayNumber.ToDate(d["f"].AsInt32), DayNumber.ToDate(d["t"].AsInt32), [d["s"].AsString])))
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
            int f = doc["f"].AsInt32, t = doc["t"].AsInt32;
            if (d < f || d > t) continue;
            collection.Delete(doc["_id"]);
            if (f < d) collection.Insert(new BsonDocument { ["k"] = key, ["f"] = f, ["t"] = d - 1, ["s"] = doc["s"] });
            if (d < t) collection.Insert(new BsonDocument { ["k"] = key, ["f"] = d + 1, ["t"] = t, ["s"] = doc["s"] });
        }
    }

    /// <summary>Removes every record made from one source (the bundled sample's, when it is removed).</summary>
    public static int Forget(StoreDatabase store, string source) => Collection(store).DeleteMany(Query.EQ("s", source));
}
