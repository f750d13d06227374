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
            if (Collection.FindById(entry.DeliveryId) is not null) continue;
            Collection.Insert(ToDocument(entry));
            added++;
        }

        return added;
    }

    public IReadOnlyList<OutboxEntry> Due(DateTimeOffset now, int max = 200) =>
        Collection.Find(IndexQuery.Equal("status", (int)OutboxStatus.Pending))
            .Select(FromDocument)
            .Where(e => e.DueAt <= now)
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.DeliveryId, StringComparer.Ordinal)
            .Take(max)
            .ToList();

    /// <summary>When the next pending entry falls due, if any.</summary>
    public DateTimeOffset? NextDue() =>
        Collection.Find(IndexQuery.Equal("status", (int)OutboxStatus.Pending)).Select(FromDocument).Select(e => (DateTimeOffset?)e.DueAt).Min();

    public IReadOnlyList<OutboxEntry> All() => Collection.FindAll().Select(FromDocument).ToList();

    /// <summary>Records the platform's message id first, before anything else happens, so a retry can find it.</summary>
    public void MarkPosted(string deliveryId, string messageId) => Update(deliveryId, d =>
    {
        d["status"] = (int)OutboxStatus.Posted;
        d["msg"] = messageId;
    });

    /// <summary>
    /// Counts an attempt before the platform is called, so a crash mid-post makes the next try a retry; a digest's id is
    /// kept with each of its entries, so the retry posts the same digest (which the platform drops if it already shows).
    /// </summary>
    public void RecordAttempt(string deliveryId, string? digestId = null) => Update(deliveryId, d =>
    {
        d["tries"] = d["tries"].AsInt32 + 1;
        if (digestId is not null) d["dg"] = digestId;
    });

    public void Reschedule(string deliveryId, DateTimeOffset dueAt, string error) => Update(deliveryId, d =>
    {
        d["due"] = dueAt.UtcDateTime;
        d["err"] = error;
    });

    /// <summary>Every pending entry of a subscription stops: the channel can no longer be posted to.</summary>
    public void PauseSubscription(string subscriptionId, string reason)
    {
        foreach (var d in Collection.Find(IndexQuery.Equal("status", (int)OutboxStatus.Pending)).Where(d => d["sub"].AsString == subscriptionId).ToList())
        {
            d["status"] = (int)OutboxStatus.Paused;
            d["err"] = reason;
            Collection.Update(d);
        }
    }

    /// <summary>The message an earlier version of this signal was posted as in this channel, to edit it when the signal grows.</summary>
    public string? PostedMessageFor(string subscriptionId, string signalId, int beforeVersion) =>
        Collection.Find(IndexQuery.Equal("key", subscriptionId + "|" + signalId))
            .Where(d => d["status"].AsInt32 == (int)OutboxStatus.Posted && d["ver"].AsInt32 < beforeVersion && !d["msg"].IsNull)
            .OrderByDescending(d => d["ver"].AsInt32)
            .Select(d => d["msg"].AsString)
            .FirstOrDefault();

    /// <summary>The highest version already queued for this signal in this channel (0 when none).</summary>
    public int LatestVersion(string subscriptionId, string signalId) =>
        Collection.Find(IndexQuery.Equal("key", subscriptionId + "|" + signalId)).Select(d => d["ver"].AsInt32).DefaultIfEmpty(0).Max();

    private void Update(string deliveryId, Action<BsonDocument> change)
    {
        var doc = Collection.FindById(deliveryId);
        if (doc is null) return;
        change(doc);
        Collection.Update(doc);
    }

    private static BsonDocument ToDocument(OutboxEntry e) => new()
    {
        ["_id"] = e.DeliveryId,
        ["sub"] = e.SubscriptionId,
        ["platform"] = e.Platform,
        ["ws"] = e.Workspace,
        ["ch"] = e.Channel,
        ["sig"] = e.SignalId,
        ["key"] = e.SubscriptionId + "|" + e.SignalId,
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

    private static OutboxEntry FromDocument(BsonDocument d) => new(
        d["_id"].AsString, d["sub"].AsString, d["platform"].AsString, d["ws"].AsString, d["ch"].AsString, d["sig"].AsString,
        d["ver"].AsInt32, d["body"].AsString, Utc(d["at"]), Utc(d["due"]), d["tries"].AsInt32, (OutboxStatus)d["status"].AsInt32,
        d["msg"].IsNull ? null : d["msg"].AsString, d["err"].IsNull ? null : d["err"].AsString,
        d.TryGetValue("dg", out var digest) && digest.IsString ? digest.AsString : null);

    private static DateTimeOffset Utc(BsonValue value) => new(DateTime.SpecifyKind(value.AsDateTime, DateTimeKind.Utc));
}
