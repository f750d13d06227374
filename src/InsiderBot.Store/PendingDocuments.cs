using LiteDB;

namespace InsiderBot.Store;

/// <summary>The one place a company awaiting signal evaluation is written and read: <c>_id</c> = CIK, <c>day</c> = the earliest changed day.</summary>
internal static class PendingDocuments
{
    public static BsonDocument ToDocument(long issuer, DateOnly changedFrom) => new() { ["_id"] = issuer, ["day"] = changedFrom.DayNumber };

    public static long Issuer(BsonDocument d) => d["_id"].AsInt64;

    public static DateOnly ChangedFrom(BsonDocument d) => DateOnly.FromDayNumber(d["day"].AsInt32);
}
