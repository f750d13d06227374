using System.Text;
using InsiderBot.Store;
using LiteDB;

namespace InsiderBot.Benchmarks.Stores;

/// <summary>
/// The compact filing document store-floor weighs: the fields an index or an in-place update needs (<c>_id</c>,
/// <c>iss</c>, <c>rep</c>, <c>sup</c>) stay BSON, every other field of the product's filing document is written in its
/// order without its name (varints, length-prefixed text, counted arrays) into one binary field, as layout 2 does for a
/// trade.
/// </summary>
public static class CompactFilings
{
    private static readonly HashSet<string> Kept = ["_id", "iss", "rep", "sup"];

    public static BsonDocument Of(BsonDocument filing)
    {
        var bytes = new BlobWriter();
        var compact = new BsonDocument();
        foreach (var (name, value) in filing)
        {
            if (Kept.Contains(name)) compact[name] = value;
            else Write(bytes, value);
        }

        compact["b"] = bytes.ToArray();
        return compact;
    }

    private static void Write(BlobWriter bytes, BsonValue value)
    {
        switch (value.Type)
        {
            case BsonType.Null:
                bytes.Unsigned(0);
                break;
            case BsonType.Boolean:
                bytes.Unsigned(value.AsBoolean ? 2UL : 1UL);
                break;
            case BsonType.Int32:
            case BsonType.Int64:
                bytes.Unsigned((ulong)value.AsInt64 + 1);
                break;
            case BsonType.String:
                var text = Encoding.UTF8.GetBytes(value.AsString);
                bytes.Unsigned((ulong)text.Length + 1);
                bytes.Raw(text);
                break;
            case BsonType.Array:
                bytes.Unsigned((ulong)value.AsArray.Count + 1);
                foreach (var item in value.AsArray) Write(bytes, item);
                break;
            case BsonType.Binary: // the product's own compact header (FilingDocuments), carried as it is
                bytes.Unsigned((ulong)value.AsBinary.Length + 1);
                bytes.Raw(value.AsBinary);
                break;
            case BsonType.Document:
                foreach (var (_, field) in value.AsDocument) Write(bytes, field);
                break;
            default:
                throw new InvalidOperationException($"a filing document holds no {value.Type}");
        }
    }
}
