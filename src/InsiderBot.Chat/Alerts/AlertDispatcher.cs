using System.Security.Cryptography;
using System.Text;
using InsiderBot.Health;
using InsiderBot.Store.Alerts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Chat.Alerts;

/// <summary>
/// Posts due alerts from the outbox through the platform adapters. Each attempt is recorded before the post, the
/// platform's message id right after it; the delivery id makes a repeat after a crash invisible in the channel.
/// A channel the bot can no longer post to is paused, not retried forever; a flood becomes one digest.
/// </summary>
public sealed class AlertDispatcher(
    AlertOutbox outbox,
    SubscriptionStore subscriptions,
    IEnumerable<IAlertPublisher> publishers,
    AlertWakeup wakeup,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<AlertDispatcher> logger) : BackgroundService, IStatusContributor
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(1);
    private readonly HashSet<string> stoppedPlatforms = [];
    private int posted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Alert dispatch failed; the alerts stay in the outbox and are retried");
            }

            var next = outbox.NextDue() is { } due ? due - time.GetUtcNow() : Idle;
            await wakeup.WaitAsync(next < TimeSpan.Zero ? TimeSpan.Zero : next > Idle ? Idle : next, time, stoppingToken);
        }
    }

    /// <summary>One pass over the due alerts. Returns how many channel messages were posted or edited.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var channel in outbox.Due(time.GetUtcNow()).GroupBy(e => e.SubscriptionId))
        {
            var entries = channel.ToList();
            var publisher = publishers.FirstOrDefault(p => p.Platform == entries[0].Platform);
            if (publisher is null || stoppedPlatforms.Contains(entries[0].Platform))
            {
                foreach (var e in entries) outbox.Reschedule(e.DeliveryId, time.GetUtcNow() + TimeSpan.FromMinutes(10), $"no working {e.Platform} adapter");
                continue;
            }

            // A digest cut short by a crash goes again with the same entries and id, whatever else is due by now.
            var unfinished = entries.Where(e => e.DigestId is not null).GroupBy(e => e.DigestId!).ToList();
            var posted = 0;
            foreach (var digest in unfinished)
            {
                posted = await PostDigestAsync(publisher, digest.ToList(), digest.Key, cancellationToken);
                if (posted == 0) break;
                count += posted;
            }

            if (unfinished.Count > 0 && posted == 0) continue;

            // An alert already tried on its own may show in the channel: it goes again on its own, with its own id, never inside a digest.
            var retried = entries.Where(e => e.DigestId is null && e.Attempts > 0).ToList();
            if (retried.Count > 0)
            {
                var each = await PostEachAsync(publisher, retried, cancellationToken);
                count += each;
                if (each < retried.Count) continue;
            }

            var fresh = entries.Where(e => e.DigestId is null && e.Attempts == 0).ToList();
            if (fresh.Count == 0) continue;
            count += fresh.Count > options.Value.DigestThreshold
                ? await PostDigestAsync(publisher, fresh, null, cancellationToken)
                : await PostEachAsync(publisher, fresh, cancellationToken);
        }

        return count;
    }

    private async Task<int> PostEachAsync(IAlertPublisher publisher, List<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var entry in entries)
        {
            var replaces = entry.Version > 1 ? outbox.PostedMessageFor(entry.SubscriptionId, entry.SignalId, entry.Version) : null;
            var message = AlertMessages.Deserialize(entry.Message);
            if (!await PostAsync(publisher, [entry], message, replaces, entry.DeliveryId, cancellationToken)) break;
            count++;
        }

        return count;
    }

    private async Task<int> PostDigestAsync(IAlertPublisher publisher, List<OutboxEntry> entries, string? digestId, CancellationToken cancellationToken)
    {
        var digest = AlertFormatter.Digest(entries.Select(e => AlertMessages.Deserialize(e.Message)).ToList());
        var id = digestId ?? "dg" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', entries.Select(e => e.DeliveryId)))))[..23];
        return await PostAsync(publisher, entries, digest, null, id, cancellationToken, isDigest: true) ? 1 : 0;
    }

    /// <summary>Posts one message standing for the entries; false when the channel or platform should get no more now.</summary>
    private async Task<bool> PostAsync(
        IAlertPublisher publisher, List<OutboxEntry> entries, Replies.ChatReply message, string? replaces, string deliveryId, CancellationToken cancellationToken, bool isDigest = false)
    {
        var first = entries[0];
        var isRetry = entries.Any(e => e.Attempts > 0);
        foreach (var e in entries) outbox.RecordAttempt(e.DeliveryId, isDigest ? deliveryId : null);

        var result = await publisher.PostAsync(new AlertDelivery(deliveryId, first.Workspace, first.Channel, message, replaces, isRetry), cancellationToken);
        switch (result.Status)
        {
            case AlertPostStatus.Posted:
                foreach (var e in entries) outbox.MarkPosted(e.DeliveryId, result.MessageId ?? deliveryId);
                Interlocked.Add(ref posted, entries.Count);
                logger.LogInformation("Posted alert {DeliveryId} to {Platform} channel {Channel}: {Title}", deliveryId, first.Platform, first.Channel, message.Title);
                return true;
            case AlertPostStatus.ChannelUnavailable:
                var reason = $"the bot cannot post there ({result.Detail ?? "refused"})";
                subscriptions.Pause(first.SubscriptionId, reason, time.GetUtcNow());
                outbox.PauseSubscription(first.SubscriptionId, reason);
                logger.LogWarning("Paused alerts for {Platform} channel {Channel}: {Reason}", first.Platform, first.Channel, reason);
                return false;
            case AlertPostStatus.Fatal:
                stoppedPlatforms.Add(first.Platform);
                logger.LogCritical("Stopped posting alerts to {Platform}: {Detail}", first.Platform, result.Detail);
                return false;
            default:
                var delay = Backoff(first.Attempts, result.RetryAfter);
                foreach (var e in entries) outbox.Reschedule(e.DeliveryId, time.GetUtcNow() + delay, result.Detail ?? "try again later");
                logger.LogWarning("Alert {DeliveryId} to {Platform} will be retried in {Delay}: {Detail}", deliveryId, first.Platform, delay, result.Detail);
                return false;
        }
    }

    private TimeSpan Backoff(int attempts, TimeSpan? retryAfter)
    {
        if (retryAfter is { } wait && wait > TimeSpan.Zero) return wait;
        var delay = options.Value.RetryDelay * Math.Pow(2, Math.Min(attempts, 10));
        return delay > options.Value.MaxRetryDelay ? options.Value.MaxRetryDelay : delay;
    }

    public IEnumerable<StatusLine> Status()
    {
        var paused = subscriptions.All().Where(s => s.PausedReason is not null).ToList();
        yield return new StatusLine("Alerts posted since start", posted.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new StatusLine("Paused channels", paused.Count == 0 ? "none" : string.Join("; ", paused.Select(p => $"{p.Platform} {p.Channel}: {p.PausedReason}")));
    }
}
