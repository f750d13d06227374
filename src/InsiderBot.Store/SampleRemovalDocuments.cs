using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The one place the <c>sample_removal</c> journal's documents are built and read: the plan (<c>_id</c> = "plan";
/// <c>iss</c>, <c>ex</c>, <c>px</c>, <c>mk</c>, <c>rep</c>, <c>sig</c>, <c>unc</c>, <c>tk</c>, see
/// <see cref="SampleRemovalPlan"/>) and one marker per sample filing still to delete (<c>_id</c> = "a:" + accession).
/// </summary>
internal static class SampleRemovalDocuments
{
    public const string PlanId = "plan";

    /// <summary>What every marker's id starts with.</summary>
    public const string MarkerPrefix = "a:";

    public static string MarkerId(string accession) => MarkerPrefix + accession;

    public static BsonDocument Marker(string accession) => new() { ["_id"] = MarkerId(accession) };

    /// <summary>The accession of the filing a marker stands for.</summary>
    public static string MarkedAccession(BsonDocument marker) => marker["_id"].AsString[MarkerPrefix.Length..];

    public static BsonDocument ToDocument(SampleRemovalPlan plan) => new()
    {
        ["_id"] = PlanId,
        ["iss"] = Array(plan.Issuers.Select(i => new BsonValue(i))),
        ["ex"] = Array(plan.Exercises.Select(k => (BsonValue)new BsonArray { k.Insider, k.Issuer, k.Day })),
        ["px"] = Array(plan.PricedDays.Select(k => Pair(k.Issuer, k.Day))),
        ["mk"] = Array(plan.MarketDayKeys.Select(k => new BsonValue(k))),
        ["rep"] = Array(plan.Reports.Select(r => new BsonValue(r))),
        ["sig"] = Array(plan.Signals.Select(s => new BsonValue(s))),
        ["unc"] = Array(plan.Uncovered.Select(k => Pair(k.Issuer, k.Day))),
        ["tk"] = Array(plan.Tickers.Select(t => (BsonValue)new BsonDocument { ["t"] = t.Ticker, ["cik"] = t.Cik })),
    };

    public static SampleRemovalPlan PlanFromDocument(BsonDocument d) => new(
        d["iss"].AsArray.Select(v => v.AsInt64).ToList(),
        d["ex"].AsArray.Select(v => v.AsArray).Select(k => (k[0].AsInt64, k[1].AsInt64, k[2].AsInt32)).ToList(),
        Pairs(d["px"]),
        d["mk"].AsArray.Select(k => k.AsString).ToList(),
        d["rep"].AsArray.Select(r => r.AsInt64).ToList(),
        d["sig"].AsArray.Select(s => s.AsString).ToList(),
        Pairs(d["unc"]),
        d["tk"].AsArray.Select(t => t.AsDocument).Select(t => (t["t"].AsString, t["cik"].AsInt64)).ToList());

    private static BsonArray Array(IEnumerable<BsonValue> values) => new(values);

    private static BsonValue Pair(long a, int b) => new BsonArray { a, b };

    private static List<(long, int)> Pairs(BsonValue pairs) => pairs.AsArray.Select(v => v.AsArray).Select(k => (k[0].AsInt64, k[1].AsInt32)).ToList();
}
