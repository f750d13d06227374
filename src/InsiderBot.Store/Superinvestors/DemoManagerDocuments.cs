using InsiderBot.Insights.Superinvestors;
using LiteDB;

namespace InsiderBot.Store.Superinvestors;

/// <summary>The one place a filer of the bundled demo's 13F reports becomes a LiteDB document and back: <c>_id</c> = CIK, <c>n</c> = name.</summary>
internal static class DemoManagerDocuments
{
    public static BsonDocument ToDocument(TrackedManager manager) => new() { ["_id"] = manager.Cik, ["n"] = manager.Name };

    public static TrackedManager FromDocument(BsonDocument d) => new() { Cik = Cik(d), Name = d["n"].AsString };

    public static long Cik(BsonDocument d) => d["_id"].AsInt64;
}
