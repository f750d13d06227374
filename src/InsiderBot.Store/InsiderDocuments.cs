using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The one place a reporting owner's document is built and read: <c>_id</c> = CIK, <c>n</c> = name, <c>key</c> = the
/// filer whose trades they share, <c>tk</c> = the companies (tickers, else names), <c>cnt</c> = the filings counted.
/// </summary>
internal static class InsiderDocuments
{
    public static BsonDocument New(long cik, string name, long filer) =>
        new() { ["_id"] = cik, ["n"] = name, ["key"] = filer, ["tk"] = new BsonArray(), ["cnt"] = 0 };

    public static InsiderRecord ToRecord(BsonDocument d) => new(d["_id"].AsInt64, d["n"].AsString, d["key"].AsInt64, Companies(d).ToList(), FilingCount(d));

    public static void Rename(BsonDocument d, string name) => d["n"] = name;

    public static IEnumerable<string> Companies(BsonDocument d) => d["tk"].AsArray.Select(t => t.AsString);

    public static bool Lists(BsonDocument d, string company) => d["tk"].AsArray.Any(t => t.AsString == company);

    public static void AddCompany(BsonDocument d, string company) => d["tk"].AsArray.Add(company);

    public static void RemoveCompany(BsonDocument d, string company) =>
        d["tk"] = new BsonArray(d["tk"].AsArray.Where(c => c.AsString != company).ToList());

    public static int FilingCount(BsonDocument d) => d["cnt"].AsInt32;

    public static void SetFilingCount(BsonDocument d, int count) => d["cnt"] = count;
}
