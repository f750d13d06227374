using LiteDB;

namespace InsiderBot.Store;

/// <summary>The one place a quarantined input's document is built and read: <c>src</c> where, <c>why</c> the reason, <c>at</c> when.</summary>
internal static class QuarantineDocuments
{
    public static BsonDocument ToDocument(string source, string reason, DateTimeOffset at) =>
        new() { ["src"] = source, ["why"] = reason, ["at"] = at.UtcDateTime };

    public static QuarantineEntry FromDocument(BsonDocument d) =>
        new(Source(d), d["why"].AsString, new DateTimeOffset(DateTime.SpecifyKind(d["at"].AsDateTime, DateTimeKind.Utc)));

    public static BsonValue Id(BsonDocument d) => d["_id"];

    public static string Source(BsonDocument d) => d["src"].AsString;
}
