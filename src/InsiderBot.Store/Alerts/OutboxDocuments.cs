using LiteDB;

namespace InsiderBot.Store.Alerts;

/// <summary>
/// The one place an outbox entry becomes a LiteDB document and back; <c>status</c> and <c>key</c>
/// (subscription | signal) are indexed, and delivery changes the status, tries, message id, error and digest in place.
/// </summary>
internal static class OutboxDocuments
{
    public static BsonDocument ToDocument(OutboxEntry e) => new()
    {
        ["_id"] = e.DeliveryId,
        ["sub"] = e.SubscriptionId,
        ["platform"] = e.Platform,
        ["ws"] = e.Workspace,
        ["ch"] = e.Channel,
        ["sig"] = e.SignalId,
        ["key"] = Key(e.SubscriptionId, e.SignalId),
        ["ver"] = e.Version,
        ["body"] = e.Message,
        ["at"] = e.CreatedAt.UtcDateTime,
        ["due"] = e.DueAt.UtcDateTime,
        ["tries"] = e.Attempts,
        ["status"] = (int)e.Status,
        ["msg"] = e.MessageId is null ? BsonValue.Null : e.MessageId,
        ["err"] = e.LastError is null ? BsonValue.Null : e.LastError,
        ["dg"] = e.DigestId is null ? BsonValue.Null : e.DigestId,
    };

    public static OutboxEntry FromDocument(BsonDocument d) => new(
        d["_id"].AsString, Subscription(d), d["platform"].AsString, d["ws"].AsString, d["ch"].AsString, d["sig"].AsString,
        Version(d), d["body"].AsString, Utc(d["at"]), Utc(d["due"]), d["tries"].AsInt32, Status(d),
        MessageId(d), d["err"].IsNull ? null : d["err"].AsString,
        d.TryGetValue("dg", out var digest) && digest.IsString ? digest.AsString : null);

    /// <summary>The indexed <c>key</c> of an entry: which signal in which channel, whatever its version.</summary>
    public static string Key(string subscriptionId, string signalId) => subscriptionId + "|" + signalId;

    public static string Subscription(BsonDocument d) => d["sub"].AsString;

    public static OutboxStatus Status(BsonDocument d) => (OutboxStatus)d["status"].AsInt32;

    public static int Version(BsonDocument d) => d["ver"].AsInt32;

    public static string? MessageId(BsonDocument d) => d["msg"].IsNull ? null : d["msg"].AsString;

    /// <summary>Whether the entry was posted (or tried) inside a digest, whose message stands for other alerts too.</summary>
    public static bool InDigest(BsonDocument d) => d.TryGetValue("dg", out var digest) && digest.IsString;

    public static void MarkPosted(BsonDocument d, string messageId)
    {
        d["status"] = (int)OutboxStatus.Posted;
        d["msg"] = messageId;
    }

    public static void CountAttempt(BsonDocument d, string? digestId)
    {
        d["tries"] = d["tries"].AsInt32 + 1;
        if (digestId is not null) d["dg"] = digestId;
    }

    public static void Reschedule(BsonDocument d, DateTimeOffset dueAt, string error)
    {
        d["due"] = dueAt.UtcDateTime;
        d["err"] = error;
    }

    public static void Pause(BsonDocument d, string reason)
    {
        d["status"] = (int)OutboxStatus.Paused;
        d["err"] = reason;
    }

    private static DateTimeOffset Utc(BsonValue value) => new(DateTime.SpecifyKind(value.AsDateTime, DateTimeKind.Utc));
}
