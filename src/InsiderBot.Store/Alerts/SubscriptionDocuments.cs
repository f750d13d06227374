using LiteDB;

namespace InsiderBot.Store.Alerts;

/// <summary>The one place a subscription becomes a LiteDB document and back; pausing changes it in place.</summary>
internal static class SubscriptionDocuments
{
    public static BsonDocument ToDocument(Subscription s) => new()
    {
        ["_id"] = s.Id,
        ["platform"] = s.Platform,
        ["workspace"] = s.Workspace,
        ["channel"] = s.Channel,
        ["tickers"] = new BsonArray(s.Tickers.Select(t => new BsonValue(t))),
        ["signals"] = new BsonArray(s.Signals.Select(k => new BsonValue(k))),
        ["min"] = s.MinValue,
        ["paused"] = s.PausedReason is null ? BsonValue.Null : s.PausedReason,
        ["pausedAt"] = s.PausedAt is { } at ? at.UtcDateTime : BsonValue.Null,
    };

    public static Subscription FromDocument(BsonDocument d) => new(
        d["platform"].AsString,
        d["workspace"].AsString,
        d["channel"].AsString,
        d["tickers"].AsArray.Select(v => v.AsString).ToList(),
        d["signals"].AsArray.Select(v => v.AsString).ToList(),
        d["min"].AsDecimal,
        d["paused"].IsNull ? null : d["paused"].AsString,
        d["pausedAt"].IsNull ? null : new DateTimeOffset(DateTime.SpecifyKind(d["pausedAt"].AsDateTime, DateTimeKind.Utc)));

    public static void Pause(BsonDocument d, string reason, DateTimeOffset at)
    {
        d["paused"] = reason;
        d["pausedAt"] = at.UtcDateTime;
    }
}
