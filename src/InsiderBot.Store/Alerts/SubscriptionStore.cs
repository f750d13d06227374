using LiteDB;

namespace InsiderBot.Store.Alerts;

/// <summary>Subscriptions, one document per platform, workspace and channel.</summary>
public sealed class SubscriptionStore(StoreDatabase store)
{
    private ILiteCollection<BsonDocument> Collection => store.Subscriptions;

    public Subscription? Find(string platform, string workspace, string channel) =>
        Collection.ById(Subscription.SubscriptionId(platform, workspace, channel)) is { } d ? SubscriptionDocuments.FromDocument(d) : null;

    public IReadOnlyList<Subscription> All() => Collection.FindAll().Select(SubscriptionDocuments.FromDocument).ToList();

    public void Save(Subscription subscription) => Collection.Upsert(SubscriptionDocuments.ToDocument(subscription));

    public bool Delete(string platform, string workspace, string channel) =>
        Collection.Delete(Subscription.SubscriptionId(platform, workspace, channel));

    public void Pause(string subscriptionId, string reason, DateTimeOffset at)
    {
        var doc = Collection.ById(subscriptionId);
        if (doc is null) return;
        SubscriptionDocuments.Pause(doc, reason, at);
        Collection.Update(doc);
    }
}
