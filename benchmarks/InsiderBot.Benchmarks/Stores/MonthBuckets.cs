using InsiderBot.Store;
using LiteDB;

namespace InsiderBot.Benchmarks.Stores;

/// <summary>
/// The per-company time-bucket layout store-floor weighs against one document per trade: a document per company and
/// month (<c>_id</c> = issuer × 1,000,000 + yyyymm, so no index of its own) holding its trades back to back in one
/// binary field, and the (insider, month) keys of the insiders in it (<c>o</c>, a multikey index, for <c>/insider</c>).
/// Each trade keeps everything its own document holds (id, insider, day, nature, flags, the binary rest). A batch
/// reads each bucket it touches once, appends and writes it back whole.
/// </summary>
public static class MonthBuckets
{
    public const string Collection = "months";

    public static void Prepare(ILiteDatabase database) => database.GetCollection(Collection).EnsureIndex("o", "$.o[*]");

    public static long KeyOf(long owner, int day)
    {
        var date = DayNumber.ToDate(day);
        return owner * 1_000_000 + date.Year * 100 + date.Month;
    }

    /// <summary>Writes trade documents (as the product builds them) into their month buckets: each bucket read once, appended to, written back.</summary>
    public static void Write(ILiteCollection<BsonDocument> months, IEnumerable<BsonDocument> trades)
    {
        var pending = new PendingBuckets();
        pending.Add(trades);
        pending.WriteTo(months, int.MaxValue);
    }

    internal static void Append(BlobWriter bytes, BsonDocument trade)
    {
        bytes.Text(TradeDocuments.Id(trade));
        bytes.Unsigned((ulong)TradeDocuments.Insider(trade));
        bytes.Unsigned((ulong)TradeDocuments.Day(trade));
        bytes.Unsigned((ulong)TradeDocuments.Nature(trade));
        bytes.Unsigned((ulong)TradeDocuments.Flags(trade));
        bytes.Unsigned(TradeDocuments.IsSuperseded(trade) ? 1UL : 0UL);
        var rest = trade["b"].AsBinary; // the binary rest of the trade document, as stored
        bytes.Unsigned((ulong)rest.Length);
        bytes.Raw(rest);
    }
}
