using InsiderBot.Store;
using LiteDB;

namespace InsiderBot.Benchmarks.Stores;

/// <summary>Trades waiting to be appended to their buckets, grouped by bucket.</summary>
public sealed class PendingBuckets
{
    private readonly SortedDictionary<long, (BlobWriter Bytes, SortedSet<long> Insiders)> buckets = [];

    public int Count => buckets.Count;

    public void Add(IEnumerable<BsonDocument> trades)
    {
        foreach (var trade in trades)
        {
            var key = MonthBuckets.KeyOf(TradeDocuments.Issuer(trade), TradeDocuments.Day(trade));
            if (!buckets.TryGetValue(key, out var bucket)) buckets[key] = bucket = (new BlobWriter(), []);
            MonthBuckets.Append(bucket.Bytes, trade);
            bucket.Insiders.Add(MonthBuckets.KeyOf(TradeDocuments.Insider(trade), TradeDocuments.Day(trade)));
        }
    }

    /// <summary>Writes up to <paramref name="max"/> buckets (in key order) and forgets them.</summary>
    public void WriteTo(ILiteCollection<BsonDocument> months, int max)
    {
        foreach (var key in buckets.Keys.Take(max).ToList())
        {
            var (added, insiders) = buckets[key];
            buckets.Remove(key);
            var existing = months.FindById(key);
            var bytes = new BlobWriter();
            if (existing is not null)
            {
                bytes.Raw(existing["b"].AsBinary);
                insiders.UnionWith(existing["o"].AsArray.Select(v => v.AsInt64));
            }

            bytes.Raw(added.Written);
            var doc = new BsonDocument { ["_id"] = key, ["o"] = new BsonArray(insiders.Select(k => new BsonValue(k))), ["b"] = bytes.ToArray() };
            if (existing is null) months.Insert(doc);
            else months.Update(doc);
        }
    }
}
