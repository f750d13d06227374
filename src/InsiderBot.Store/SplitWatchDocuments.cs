using InsiderBot.Insights.Splits;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The one place a company's <see cref="SplitWatch"/> becomes a LiteDB document and back: <c>_id</c> = the issuer's CIK,
/// <c>t</c> = one binary field (the lines' latest observations, the insiders' candidate spans, the price windows). A
/// company without one is inferred again in full at its next evaluation, which writes it. A watch of the earlier form
/// (<c>b</c>: each insider's latest day and each line's last position) is not read: it is dropped, and the company
/// inferred again, the first time a filing of it arrives.
/// </summary>
internal static class SplitWatchDocuments
{
    private const string Field = "t";

    public static BsonDocument ToDocument(long issuer, SplitWatch watch)
    {
        var b = new BlobWriter();
        b.Unsigned((ulong)watch.Tails.Count);
        foreach (var ((insider, line), tail) in watch.Tails)
        {
            b.Signed(insider);
            b.Text(line);
            b.Unsigned(tail.Whole ? 1UL : 0UL);
            b.Unsigned((ulong)tail.Latest.Count);
            foreach (var p in tail.Latest)
            {
                b.Text(p.Accession);
                b.Day(DayNumber.Of(p.First));
                b.Day(DayNumber.Of(p.Last));
                b.Number(p.Before);
                b.Number(p.After);
            }
        }

        b.Unsigned((ulong)watch.Candidates.Count);
        foreach (var (insider, spans) in watch.Candidates)
        {
            b.Signed(insider);
            b.Unsigned((ulong)spans.Count);
            foreach (var (after, by) in spans)
            {
                b.Day(DayNumber.Of(after));
                b.Day(DayNumber.Of(by));
            }
        }

        b.Unsigned((ulong)watch.PriceWindows.Count);
        foreach (var (from, to) in watch.PriceWindows)
        {
            b.Day(DayNumber.Of(from));
            b.Day(DayNumber.Of(to));
        }

        return new BsonDocument { ["_id"] = issuer, [Field] = b.ToArray() };
    }

    /// <summary>The watch a document holds, or null for one of the earlier form.</summary>
    public static SplitWatch? FromDocument(BsonDocument doc)
    {
        if (!doc.TryGetValue(Field, out var field)) return null;
        var r = new BlobReader(field.AsBinary);
        var tails = new KeyValuePair<(long Insider, string Line), SplitLineTail>[(int)r.Unsigned()];
        for (var i = 0; i < tails.Length; i++)
        {
            var (insider, line, whole) = (r.Signed(), r.Text(), r.Unsigned() == 1);
            var latest = new PositionObservation[(int)r.Unsigned()];
            for (var k = 0; k < latest.Length; k++)
                latest[k] = new PositionObservation(insider, line, r.Text(), Date(r.Day()), Date(r.Day()), r.Number()!.Value, r.Number()!.Value, null, null);
            tails[i] = KeyValuePair.Create((insider, line), new SplitLineTail(latest, whole));
        }

        var candidates = new KeyValuePair<long, List<(DateOnly After, DateOnly By)>>[(int)r.Unsigned()];
        for (var i = 0; i < candidates.Length; i++)
        {
            var insider = r.Signed();
            var spans = new List<(DateOnly After, DateOnly By)>();
            for (var k = (int)r.Unsigned(); k > 0; k--) spans.Add((Date(r.Day()), Date(r.Day())));
            candidates[i] = KeyValuePair.Create(insider, spans);
        }

        var windows = new (DateOnly From, DateOnly To)[(int)r.Unsigned()];
        for (var i = 0; i < windows.Length; i++) windows[i] = (Date(r.Day()), Date(r.Day()));
        return new SplitWatch(tails, candidates, windows);
    }

    private static DateOnly Date(int? day) => DayNumber.ToDate(day!.Value);
}
