using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The one place a ticker symbol's document is built and read: <c>_id</c> = the symbol, <c>cik</c> = its issuer
/// (indexed), <c>n</c> = the company's name, <c>src</c> = where it came from, a filing or the SEC's ticker map (a
/// filing's symbol is never overwritten by the map).
/// </summary>
internal static class SymbolDocuments
{
    private const string FromFilingSource = "filing";
    private const string FromTickerMapSource = "sec";

    public static BsonDocument FromFiling(string symbol, long cik, string name) => ToDocument(symbol, cik, name, FromFilingSource);

    public static BsonDocument FromTickerMap(string symbol, long cik, string name) => ToDocument(symbol, cik, name, FromTickerMapSource);

    public static string Symbol(BsonDocument d) => d["_id"].AsString;

    public static long Cik(BsonDocument d) => d["cik"].AsInt64;

    public static string Name(BsonDocument d) => d["n"].AsString;

    public static void Rename(BsonDocument d, string name) => d["n"] = name;

    public static bool IsFromFiling(BsonDocument d) => d["src"].AsString == FromFilingSource;

    public static bool IsFromTickerMap(BsonDocument d) => d["src"].AsString == FromTickerMapSource;

    private static BsonDocument ToDocument(string symbol, long cik, string name, string source) =>
        new() { ["_id"] = symbol, ["cik"] = cik, ["n"] = name, ["src"] = source };
}
