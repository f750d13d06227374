using LiteDB;

namespace InsiderBot.Store.Coverage;

/// <summary>
/// The one place a covered stretch becomes a LiteDB document and back: <c>k</c> = 0 for the whole market or the
/// issuer CIK (indexed), <c>f</c>/<c>t</c> = first and last day (<see cref="DayNumber"/>), <c>s</c> = the source.
/// </summary>
internal static class CoverageDocuments
{
    public static BsonDocument ToDocument(long key, int first, int last, string source) =>
        new() { ["k"] = key, ["f"] = first, ["t"] = last, ["s"] = source };

    public static BsonValue Id(BsonDocument d) => d["_id"];

    public static long Key(BsonDocument d) => d["k"].AsInt64;

    public static int First(BsonDocument d) => d["f"].AsInt32;

    public static int Last(BsonDocument d) => d["t"].AsInt32;

    public static string Source(BsonDocument d) => d["s"].AsString;

    public static CoveredSpan Span(BsonDocument d) => new(DayNumber.ToDate(First(d)), DayNumber.ToDate(Last(d)), [Source(d)]);
}
