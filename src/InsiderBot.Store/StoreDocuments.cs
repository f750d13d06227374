using LiteDB;

namespace InsiderBot.Store;

/// <summary>What every document of every collection has: its <c>_id</c>, the one key code may read without knowing the collection.</summary>
internal static class StoreDocuments
{
    public static BsonValue Id(BsonDocument d) => d["_id"];
}
