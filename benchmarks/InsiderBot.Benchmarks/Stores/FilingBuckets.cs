using InsiderBot.Store;
using LiteDB;

namespace InsiderBot.Benchmarks.Stores;

/// <summary>
/// Filing documents without a B-tree of their own, as store-floor weighs them for layout 3: a document per company and
/// month of the period of report (<c>_id</c> = issuer × 1,000,000 + yyyymm, so no index), holding its compact filings
/// (<see cref="CompactFilings"/>) back to back, each after its accession and report key. A duplicate arrives with its
/// issuer and period, and a 4/A with the issuer and period of the report it amends, so both checks read one bucket
/// where the filings collection keeps three whole-history indexes (<c>_id</c>, <c>iss</c>, <c>rep</c>).
/// </summary>
public sealed class FilingBuckets
{
    public const string Collection = "filing_months";

    private readonly SortedDictionary<long, BlobWriter> pending = [];

    public int Count => pending.Count;

    /// <summary>Adds the product's filing documents, each made compact, to their buckets.</summary>
    public void Add(IEnumerable<BsonDocument> filings)
    {
        foreach (var filing in filings)
        {
            var issuer = FilingDocuments.Issuer(filing);
            var key = FilingDocuments.Period(filing) is { } day ? MonthBuckets.KeyOf(issuer, day) : issuer * 1_000_000;
            if (!pending.TryGetValue(key, out var bytes)) pending[key] = bytes = new BlobWriter();
            var compact = CompactFilings.Of(filing);
            bytes.Text(compact["_id"].AsString);
            bytes.Unsigned((ulong)compact["rep"].AsInt64);
            var body = compact["b"].AsBinary;
            bytes.Unsigned((ulong)body.Length);
            bytes.Raw(body);
        }
    }

    /// <summary>Writes up to <paramref name="max"/> buckets (in key order), each read once and written back whole, and forgets them.</summary>
    public void WriteTo(ILiteCollection<BsonDocument> buckets, int max)
    {
        foreach (var key in pending.Keys.Take(max).ToList())
        {
            var added = pending[key];
            pending.Remove(key);
            var existing = buckets.FindById(key);
            var bytes = new BlobWriter();
            if (existing is not null) bytes.Raw(existing["b"].AsBinary);
            bytes.Raw(added.Written);
            var doc = new BsonDocument { ["_id"] = key, ["b"] = bytes.ToArray() };
            if (existing is null) buckets.Insert(doc);
            else buckets.Update(doc);
        }
    }
}
