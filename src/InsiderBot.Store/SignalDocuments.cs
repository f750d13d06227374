using InsiderBot.Insights.Signals;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>Maps signals to and from LiteDB documents; <c>kd</c> = (kind, last day) and <c>ik</c> = (issuer, last day) keys.</summary>
internal static class SignalDocuments
{
    public static BsonDocument ToDocument(SignalRecord s) => new()
    {
        ["_id"] = s.Id,
        ["k"] = (int)s.Kind,
        ["iss"] = s.IssuerCik,
        ["kd"] = DayNumber.Key((long)s.Kind, s.To),
        ["ik"] = DayNumber.Key(s.IssuerCik, s.To),
        ["tk"] = s.Ticker,
        ["in"] = s.IssuerName,
        ["f"] = DayNumber.Of(s.From),
        ["t"] = DayNumber.Of(s.To),
        ["ins"] = new BsonArray(s.Insiders.Select(i => new BsonValue(i))),
        ["inn"] = new BsonArray(s.InsiderNames.Select(n => new BsonValue(n))),
        ["ev"] = new BsonArray(s.EvidenceIds.Select(n => new BsonValue(n))),
        ["cx"] = new BsonArray(s.ContextIds.Select(n => new BsonValue(n))),
        ["r"] = s.Reason,
        ["c"] = s.Checked,
        ["mx"] = s.IsMixed,
        ["v"] = s.Value is { } v ? new BsonValue(v) : BsonValue.Null,
        ["st"] = (int)s.Status,
        ["fp"] = s.Fingerprint,
        ["first"] = s.FirstSeen.UtcDateTime,
        ["upd"] = s.UpdatedAt.UtcDateTime,
        ["ver"] = s.Version,
    };

    public static SignalRecord FromDocument(BsonDocument d) => new()
    {
        Id = d["_id"].AsString,
        Kind = (SignalKind)d["k"].AsInt32,
        IssuerCik = d["iss"].AsInt64,
        Ticker = d["tk"].AsString,
        IssuerName = d["in"].AsString,
        From = DayNumber.ToDate(d["f"].AsInt32),
        To = DayNumber.ToDate(d["t"].AsInt32),
        Insiders = d["ins"].AsArray.Select(v => v.AsInt64).ToList(),
        InsiderNames = d["inn"].AsArray.Select(v => v.AsString).ToList(),
        EvidenceIds = d["ev"].AsArray.Select(v => v.AsString).ToList(),
        ContextIds = d["cx"].AsArray.Select(v => v.AsString).ToList(),
        Reason = d["r"].AsString,
        Checked = d["c"].AsString,
        IsMixed = d["mx"].AsBoolean,
        Value = d["v"].IsNull ? null : d["v"].AsDecimal,
        Status = (InsiderStatus)d["st"].AsInt32,
        Fingerprint = SignalFingerprint.Of(d["fp"].AsString),
        FirstSeen = Utc(d["first"]),
        UpdatedAt = Utc(d["upd"]),
        Version = d["ver"].AsInt32,
    };

    public static string Id(BsonDocument d) => d["_id"].AsString;

    public static long Issuer(BsonDocument d) => d["iss"].AsInt64;

    /// <summary>The signal's last day (<see cref="DayNumber"/>).</summary>
    public static int LastDay(BsonDocument d) => d["t"].AsInt32;

    /// <summary>The trades the signal cites: its evidence, then its context.</summary>
    public static IEnumerable<string> TradeIds(BsonDocument d) => d["ev"].AsArray.Concat(d["cx"].AsArray).Select(id => id.AsString);

    private static DateTimeOffset Utc(BsonValue value) => new(DateTime.SpecifyKind(value.AsDateTime, DateTimeKind.Utc));
}
