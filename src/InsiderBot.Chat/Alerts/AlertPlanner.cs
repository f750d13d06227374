using System.Security.Cryptography;
using System.Text;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store;
using InsiderBot.Store.Alerts;
using InsiderBot.Store.Superinvestors;
using Microsoft.Extensions.Options;

namespace InsiderBot.Chat.Alerts;

/// <summary>
/// Turns recorded signal changes into outbox entries, one per matching subscription, inside the transaction that
/// records the signals. History never alerts: a signal whose newest filing is older than <c>Alerts:MaxAge</c> is stored, not posted.
/// An alert for a company a tracked superinvestor holds carries the 13F confluence line.
/// </summary>
public sealed class AlertPlanner(
    SubscriptionStore subscriptions,
    AlertOutbox outbox,
    AlertWakeup wakeup,
    IOptions<AlertOptions> options,
    TimeProvider time,
    SuperinvestorTracker? superinvestors = null,
    IOptions<SignalOptions>? signalOptions = null)
    : ISignalChangeHandler
{
    private readonly InsiderRole cSuite = (signalOptions?.Value ?? new SignalOptions()).CSuiteRoles;

    public void Record(IReadOnlyList<SignalChange> changes)
    {
        var live = changes.Where(c => c.Kind != SignalChangeKind.Withdrawn && c.Current is not null).ToList();
        if (live.Count == 0) return;
        var now = time.GetUtcNow();
        var active = subscriptions.All().Where(s => s.PausedReason is null).ToList();
        var entries = new List<OutboxEntry>();
        SuperinvestorSnapshot? snapshot = null;
        foreach (var change in live)
        {
            var signal = change.Current!;
            if (!IsFresh(signal, now)) continue;
            Confluence? confluence = null;
            var confluenceRead = false;
            foreach (var subscription in active.Where(s => Matches(s, signal)))
            {
                var version = change.Signal.Version;
                if (outbox.LatestVersion(subscription.Id, signal.Id) >= version) continue;
                if (!confluenceRead && superinvestors is not null)
                {
                    snapshot ??= superinvestors.Snapshot();
                    confluence = snapshot.ConfluenceFor(signal.Ticker, signal.IssuerName);
                    confluenceRead = true;
                }

                var message = AlertMessages.Serialize(AlertFormatter.For(signal, now, cSuite, version, confluence));
                entries.Add(new OutboxEntry(DeliveryId(subscription.Id, signal.Id, version), subscription.Id, subscription.Platform,
                    subscription.Workspace, subscription.Channel, signal.Id, version, message, now, now));
            }
        }

        outbox.Enqueue(entries);
    }

    public void Committed() => wakeup.Signal();

    public static bool Matches(Subscription subscription, Signal signal) =>
        AlertKinds.Wants(subscription.Signals, signal) &&
        (subscription.IsMarketWide || subscription.Tickers.Contains(TickerSymbol.Normalize(signal.Ticker))) &&
        (subscription.MinValue <= 0 || signal.Value >= subscription.MinValue);

    /// <summary>Fresh when the newest evidence filing was accepted (or filed) within the max age.</summary>
    public bool IsFresh(Signal signal, DateTimeOffset now)
    {
        var newest = signal.Evidence
            .Select(t => t.AcceptedAt ?? new DateTimeOffset((t.FiledOn ?? t.Date).ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero))
            .DefaultIfEmpty(DateTimeOffset.MinValue)
            .Max();
        return now - newest <= options.Value.MaxAge;
    }

    /// <summary>25 characters of [0-9a-f], stable for (channel, signal, version): a valid Discord nonce.</summary>
    public static string DeliveryId(string subscriptionId, string signalId, int version) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{subscriptionId}|{signalId}|{version}")))[..25];
}
