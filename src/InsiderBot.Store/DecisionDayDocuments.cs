using InsiderBot.Insights.Signals;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The one place a day's market-ratio tally becomes a LiteDB document and back: <c>_id</c> = the day
/// (<see cref="DayNumber"/>), <c>b</c>/<c>s</c> purchases and sales, <c>bv</c>/<c>sv</c> their values. The watermark is
/// the document with a negative id, its <c>v</c> the first day whose tallies are stale.
/// </summary>
internal static class DecisionDayDocuments
{
    public static BsonDocument ToDocument(DecisionDay day) => new()
    {
        ["_id"] = DayNumber.Of(day.Day),
        ["b"] = day.Purchases,
        ["s"] = day.Sales,
        ["bv"] = day.PurchaseValue,
        ["sv"] = day.SaleValue,
    };

    public static DecisionDay FromDocument(BsonDocument d) =>
        new(DayNumber.ToDate(Day(d)), d["b"].AsInt32, d["s"].AsInt32, d["bv"].AsDecimal, d["sv"].AsDecimal);

    /// <summary>The tally's day as a <see cref="DayNumber"/>.</summary>
    public static int Day(BsonDocument d) => d["_id"].AsInt32;

    public static BsonDocument Watermark(int id, int cleanBefore) => new() { ["_id"] = id, ["v"] = cleanBefore };

    /// <summary>The first day (<see cref="DayNumber"/>) whose tallies are stale.</summary>
    public static int CleanBefore(BsonDocument watermark) => watermark["v"].AsInt32;

    public static void SetCleanBefore(BsonDocument watermark, int day) => watermark["v"] = day;
}
