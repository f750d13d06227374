using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The one place an issuer's document is built and read: <c>_id</c> = CIK, <c>n</c> = name (indexed; absent until a
/// filing names it), <c>tk</c> = ticker, <c>latest</c> = the day of its latest stored trade, <c>cnt</c> = its trades.
/// </summary>
internal static class IssuerDocuments
{
    /// <summary>A company seen for the first time: no trades, no ticker yet.</summary>
    public static BsonDocument New(long cik) => new() { ["_id"] = cik, ["cnt"] = 0, ["latest"] = BsonValue.Null, ["tk"] = "" };

    public static IssuerRecord ToRecord(BsonDocument d) => new(
        Cik(d),
        d["n"].IsString ? d["n"].AsString : "",
        Ticker(d),
        LatestDay(d) is { } latest ? DayNumber.ToDate(latest) : null,
        TradeCount(d));

    public static long Cik(BsonDocument d) => d["_id"].AsInt64;

    public static string Ticker(BsonDocument d) => d["tk"].AsString;

    public static int TradeCount(BsonDocument d) => d["cnt"].AsInt32;

    /// <summary>The day (<see cref="DayNumber"/>) of the latest stored trade; null before the first.</summary>
    public static int? LatestDay(BsonDocument d) => d["latest"].IsNull ? null : d["latest"].AsInt32;

    /// <summary>Counts a filing's trades in: its name and ticker when it has them, the trades, the latest day.</summary>
    public static void Record(BsonDocument d, string name, string ticker, int trades, int? latestDay)
    {
        if (name.Length > 0) d["n"] = name;
        if (ticker.Length > 0) d["tk"] = ticker;
        d["cnt"] = TradeCount(d) + trades;
        if (latestDay is { } latest && (LatestDay(d) is not { } known || known < latest)) d["latest"] = latest;
    }

    /// <summary>
    /// Sets every field as the remaining filings make it; a null <paramref name="name"/> keeps the stored one.
    /// </summary>
    public static void Rebuild(BsonDocument d, string? name, string ticker, int trades, int? latestDay)
    {
        d["n"] = name ?? d["n"];
        d["tk"] = ticker;
        d["cnt"] = trades;
        d["latest"] = latestDay is { } latest ? latest : BsonValue.Null;
    }

    /// <summary>An issuer document holding only its CIK, for <see cref="Rebuild"/> to fill.</summary>
    public static BsonDocument Empty(long cik) => new() { ["_id"] = cik };
}
