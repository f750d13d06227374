using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The one place the <c>meta</c> collection's documents are built and read: a named value (<c>v</c>), the trade-day
/// edges (<c>first</c>, <c>last</c>) and the store's counts (<c>filings</c>, <c>trades</c>), each under its own <c>_id</c>.
/// </summary>
internal static class MetaDocuments
{
    public static BsonDocument Value(string key, string value) => new() { ["_id"] = key, ["v"] = value };

    public static string ValueOf(BsonDocument d) => d["v"].AsString;

    public static BsonDocument TradeDays(string key, int first, int last) => new() { ["_id"] = key, ["first"] = first, ["last"] = last };

    public static (int First, int Last) TradeDaysOf(BsonDocument d) => (d["first"].AsInt32, d["last"].AsInt32);

    public static BsonDocument Counts(string key, long filings, long trades) => new() { ["_id"] = key, ["filings"] = filings, ["trades"] = trades };

    public static (long Filings, long Trades) CountsOf(BsonDocument d) => (d["filings"].AsInt64, d["trades"].AsInt64);
}
