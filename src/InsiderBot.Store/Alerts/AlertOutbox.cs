using LiteDB;

namespace InsiderBot.Store.Alerts;

/// <summary>
/// The persistent outbox. Alerts are written in the same LiteDB transaction that records the signal, and the
/// dispatcher posts them afterwards: a crash at any moment leaves every due alert either posted (and recorded) or still
/// pending, and a pending one is retried with the same delivery id, which the platform uses to drop a duplicate.
/// </summary>
public sealed class AlertOutbox(StoreDatabase store)
{
    private ILiteCollection<BsonDocument> Collection => store.Outbox;

    /// <summary>Adds entries not already there (same delivery id); call inside the transaction that records the signals.</summary>
    public int Enqueue(IEnumerable<OutboxEntry> entries)
    {
        var added = 0;
        foreach (var entry in entries)
        {
            if (Collection.ById(entry.DeliveryId) is not null) continue;
            Collection.Insert(OutboxDocuments.ToDocument(entry));
            added++;
        }

        return added;
    }

    public IReadOnlyList<OutboxEntry> Due(DateTimeOffset now, int max = 200) =>
        Collection.Find(IndexQuery.Equal("status", (int)OutboxStatus.Pending))
            .Select(OutboxDocuments.FromDocument)
            .Where(e => e.DueAt <= now)
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.DeliveryId, StringComparer.Ordinal)
            .Take(max)
            .ToList();

    /// <summary>When the next pending entry falls due, if any.</summary>
    public DateTimeOffset? NextDue() =>
        Collection.Find(IndexQuery.Equal("status", (int)OutboxStatus.Pending)).Select(OutboxDocuments.FromDocument).Select(e => (DateTimeOffset?)e.DueAt).Min();

    public IReadOnlyList<OutboxEntry> All() => Collection.FindAll().Select(OutboxDocuments.FromDocument).ToList();

    /// <summary>Records the platform's message id first, before anything else happens, so a retry can find it.</summary>
    public void MarkPosted(string deliveryId, string messageId) => Update(deliveryId, d => OutboxDocuments.MarkPosted(d, messageId));

    /// <summary>
    /// Counts an attempt before the platform is called, so a crash mid-post makes the next try a retry; a digest's id is
    /// kept with each of its entries, so the retry posts the same digest (which the platform drops if it already shows).
    /// </summary>
    public void RecordAttempt(string deliveryId, string? digestId = null) => Update(deliveryId, d => OutboxDocuments.CountAttempt(d, digestId));

    public void Reschedule(string deliveryId, DateTimeOffset dueAt, string error) => Update(deliveryId, d => OutboxDocuments.Reschedule(d, dueAt, error));

    /// <summary>Every pending entry of a subscription stops: the channel can no longer be posted to.</summary>
    public void PauseSubscription(string subscriptionId, string reason)
    {
        foreach (var d in Collection.Find(IndexQuery.Equal("status", (int)OutboxStatus.Pending)).Where(d => OutboxDocuments.Subscription(d) == subscriptionId).ToList())
        {
            OutboxDocuments.Pause(d, reason);
            Collection.Update(d);
        }
    }

    /// <summary>
    /// The message an earlier version of this signal was posted as in this channel, to edit it when the signal grows. A
    /// version posted inside a digest is not one: editing the digest would take the other alerts out of the channel.
    /// </summary>
    public string? PostedMessageFor(string subscriptionId, string signalId, int beforeVersion) =>
        Collection.Find(IndexQuery.Equal("key", OutboxDocuments.Key(subscriptionId, signalId)))
            .Where(d => OutboxDocuments.Status(d) == OutboxStatus.Posted && OutboxDocuments.Version(d) < beforeVersion && OutboxDocuments.MessageId(d) is not null && !OutboxDocuments.InDigest(d))
            .OrderByDescending(OutboxDocuments.Version)
            .Select(OutboxDocuments.MessageId)
            .FirstOrDefault();

    /// <summary>The highest version already queued for this signal in this channel (0 when none).</summary>
    public int LatestVersion(string subscriptionId, string signalId) =>
        Collection.Find(IndexQuery.Equal("key", OutboxDocuments.Key(subscriptionId, signalId))).Select(OutboxDocuments.Version).DefaultIfEmpty(0).Max();

    private void Update(string deliveryId, Action<BsonDocument> change)
    {
        var doc = Collection.ById(deliveryId);
        if (doc is null) return;
        change(doc);
        Collection.Update(doc);
    }
}
