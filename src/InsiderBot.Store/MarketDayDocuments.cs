using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The one place a (insider, company) entry of the market-day ledger becomes a LiteDB document and back:
/// <c>_id</c> = "insider:issuer", <c>d</c> = day numbers ascending, <c>n</c> = the rows on each day.
/// </summary>
internal static class MarketDayDocuments
{
    public static BsonDocument ToDocument(string key, SortedDictionary<int, int> days) => new()
    {
        ["_id"] = key,
        ["d"] = new BsonArray(days.Keys.Select(d => new BsonValue(d))),
        ["n"] = new BsonArray(days.Values.Select(n => new BsonValue(n))),
    };

    /// <summary>The entry's days (<see cref="DayNumber"/>), oldest first.</summary>
    public static IEnumerable<int> Days(BsonDocument d) => d["d"].AsArray.Select(day => day.AsInt32);

    /// <summary>The entry as a day → rows map.</summary>
    public static SortedDictionary<int, int> FromDocument(BsonDocument doc)
    {
        var days = new SortedDictionary<int, int>();
        var (d, n) = (doc["d"].AsArray, doc["n"].AsArray);
        for (var i = 0; i < d.Count; i++) days[d[i].AsInt32] = n[i].AsInt32;
        return days;
    }
}
