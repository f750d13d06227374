using LiteDB;

namespace InsiderBot.Store.Alerts;

/// <summary>Subscriptions, one document per platform, workspace and channel.</summary>
public sealed class SubscriptionStore(StoreDatabase store)
{
    private ILiteCollection<BsonDocument> Collection => store.Subscriptions;

    public Subscription? Find(string platform, string workspace, string channel) =>
        Collection.FindById(Subscription.SubscriptionId(platform, workspace, channel)) is { } d ? FromDocument(d) : null;

    public IReadOnlyList<Subscription> All() => Collection.FindAll().Select(FromDocument).ToList();

    public void Save(Subscription subscription) => Collection.Upsert(ToDocument(subscription));

    public bool Delete(string platform, string workspace, string channel) =>
        Collection.Delete(Subscription.SubscriptionId(platform, workspace, channel));

    public void Pause(string subscriptionId, string reason, DateTimeOffset at)
    {
        var doc = Collection.FindById(subscriptionId);
        if (doc is null) return;
        doc["paused"] = reason;
        doc["pausedAt"] = at.UtcDateTime;
        Collection.Update(doc);
    }

    private static BsonDocument ToDocument(Subscription s) => new()
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

    private static Subscription FromDocument(BsonDocument d) => new(
        d["platform"].AsString,
        d["workspace"].AsString,
        d["channel"].AsString,
        d["tickers"].AsArray.Select(v => v.AsString).ToList(),
        d["signals"].AsArray.Select(v => v.AsString).ToList(),
        d["min"].AsDecimal,
        d["paused"].IsNull ? null : d["paused"].AsString,
        d["pausedAt"].IsNull ? null : new DateTimeOffset(DateTime.SpecifyKind(d["pausedAt"].AsDateTime, DateTimeKind.Utc)));
}
