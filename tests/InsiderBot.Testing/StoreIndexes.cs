using LiteDB;

namespace InsiderBot.Testing;

/// <summary>What a store file's collections are indexed by, as LiteDB lists it.</summary>
public static class StoreIndexes
{
    /// <summary>The names of a collection's indexes (<c>_id</c> among them), in ordinal order.</summary>
    public static string[] Of(LiteDatabase db, string collection) =>
        db.GetCollection("$indexes").Find(Query.EQ("collection", collection)).Select(d => d["name"].AsString).Order(StringComparer.Ordinal).ToArray();
}
