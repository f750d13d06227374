using InsiderBot.Insights.Splits;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The one place a company's <see cref="SplitWatch"/> becomes a LiteDB document and back: <c>_id</c> = the issuer's CIK,
/// <c>b</c> = one binary field (the insiders' latest days, the lines' last positions, the price windows). A company
/// without one is inferred again in full at its next evaluation, which writes it.
/// </summary>
internal static class SplitWatchDocuments
{
    public static BsonDocument ToDocument(long issuer, SplitWatch watch)
    {
        var b = new BlobWriter();
        b.Unsigned((ulong)watch.InsiderLast.Count);
        foreach (var (insider, day) in watch.InsiderLast)
        {
            b.Signed(insider);
            b.Day(DayNumber.Of(day));
        }

        b.Unsigned((ulong)watch.LineEnds.Count);
        foreach (var ((insider, line), after) in watch.LineEnds)
        {
            b.Signed(insider);
            b.Text(line);
            b.Number(after);
        }

        b.Unsigned((ulong)watch.PriceWindows.Count);
        foreach (var (from, to) in watch.PriceWindows)
        {
            b.Day(DayNumber.Of(from));
            b.Day(DayNumber.Of(to));
        }

        return new BsonDocument { ["_id"] = issuer, ["b"] = b.ToArray() };
    }

    public static SplitWatch FromDocument(BsonDocument doc)
    {
        var r = new BlobReader(doc["b"].AsBinary);
        var last = new KeyValuePair<long, DateOnly>[(int)r.Unsigned()];
        for (var i = 0; i < last.Length; i++) last[i] = KeyValuePair.Create(r.Signed(), Date(r.Day()));
        var ends = new KeyValuePair<(long Insider, string Line), decimal>[(int)r.Unsigned()];
        for (var i = 0; i < ends.Length; i++) ends[i] = KeyValuePair.Create((r.Signed(), r.Text()), r.Number()!.Value);
        var windows = new (DateOnly From, DateOnly To)[(int)r.Unsigned()];
        for (var i = 0; i < windows.Length; i++) windows[i] = (Date(r.Day()), Date(r.Day()));
        return new SplitWatch(last, ends, windows);
    }

    private static DateOnly Date(int? day) => DayNumber.ToDate(day!.Value);
}
