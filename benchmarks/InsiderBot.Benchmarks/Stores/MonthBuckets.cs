using System.Buffers;
using System.Text;
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

    /// <summary>Writes one batch's trade documents (as the product builds them) into their month buckets.</summary>
    public static void Write(ILiteCollection<BsonDocument> months, IEnumerable<BsonDocument> trades)
    {
        foreach (var bucket in trades.GroupBy(t => KeyOf(TradeDocuments.Issuer(t), TradeDocuments.Day(t))))
        {
            var existing = months.FindById(bucket.Key);
            var bytes = new ArrayBufferWriter<byte>();
            if (existing is not null) bytes.Write(existing["b"].AsBinary);
            var insiders = existing is null ? new SortedSet<long>() : new SortedSet<long>(existing["o"].AsArray.Select(v => v.AsInt64));
            foreach (var trade in bucket)
            {
                Append(bytes, trade);
                insiders.Add(KeyOf(TradeDocuments.Insider(trade), TradeDocuments.Day(trade)));
            }

            var doc = new BsonDocument { ["_id"] = bucket.Key, ["o"] = new BsonArray(insiders.Select(k => new BsonValue(k))), ["b"] = bytes.WrittenSpan.ToArray() };
            if (existing is null) months.Insert(doc);
            else months.Update(doc);
        }
    }

    private static void Append(ArrayBufferWriter<byte> bytes, BsonDocument trade)
    {
        var id = Encoding.UTF8.GetBytes(trade["_id"].AsString);
        Varint(bytes, (ulong)id.Length);
        bytes.Write(id);
        Varint(bytes, (ulong)TradeDocuments.Insider(trade));
        Varint(bytes, (ulong)TradeDocuments.Day(trade));
        Varint(bytes, (ulong)trade["n"].AsInt32);
        Varint(bytes, (ulong)(trade["fl"].IsInt32 ? trade["fl"].AsInt32 : 0));
        Varint(bytes, trade["sup"].IsBoolean ? 1UL : 0UL);
        var rest = trade["b"].AsBinary;
        Varint(bytes, (ulong)rest.Length);
        bytes.Write(rest);
    }

    private static void Varint(ArrayBufferWriter<byte> bytes, ulong value)
    {
        var span = bytes.GetSpan(10);
        var n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[n++] = (byte)value;
        bytes.Advance(n);
    }
}
