using System.Globalization;
using System.Text;
using InsiderBot.Chat.Alerts;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Filings;
using InsiderBot.Store.Alerts;
using InsiderBot.Testing;
using Microsoft.Extensions.Options;

namespace InsiderBot.Chat.Tests.Alerts;

/// <summary>Signals found while storing filings put alerts in the outbox in the same transaction, for the channels that asked.</summary>
public sealed class AlertPlannerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 21, 0, 0, TimeSpan.Zero);
    private readonly TestStore store;
    private readonly SubscriptionStore subscriptions;
    private readonly AlertOutbox outbox;

    public AlertPlannerTests()
    {
        store = new TestStore(Now, signalHandler: (db, time) =>
            new AlertPlanner(new SubscriptionStore(db), new AlertOutbox(db), new AlertWakeup(), Options.Create(new AlertOptions()), time));
        subscriptions = new SubscriptionStore(store.Database);
        outbox = new AlertOutbox(store.Database);
    }

    public void Dispose() => store.Dispose();

    private void Buy(int n, long owner, DateOnly day, DateTimeOffset accepted, decimal shares = 10_000)
    {
        var tradeDay = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var xml = Form4Document.Document(
            periodOfReport: tradeDay,
            issuer: Form4Document.Issuer("0000042424", "Example Corp", "EXMP"),
            owners: Form4Document.Owner(Form4Document.Number(owner), $"Insider {owner}", officerTitle: null),
            transactions: Form4Document.Transaction(
                "P", Form4Document.Number(shares), Form4Document.Value(20), "A", Form4Document.Number(shares * 3), tradeDay, fullCoding: false),
            footnotes: "",
            signature: "");
        var origin = new FilingOrigin($"f{n}.xml", $"0000000099-26-{n:000000}", DateOnly.FromDateTime(accepted.UtcDateTime), accepted);
        var outcome = new Form4Parser().Parse(Encoding.UTF8.GetBytes(xml), origin);
        store.Store.Ingest(outcome.Filing!);
    }

    private void Subscribe(string channel, IReadOnlyList<string> tickers, decimal min = 0, IReadOnlyList<string>? signals = null) =>
        subscriptions.Save(new Subscription("test", "w", channel, tickers, signals ?? AlertKinds.Default, min));

    [Fact]
    public void FreshClusterBuy_QueuesOneAlertPerMatchingChannel_AndAFourthBuyerQueuesAnUpdate()
    {
        Subscribe("market", []);
        Subscribe("watch", ["EXMP"]);
        Subscribe("other", ["TSLA"]);
        Subscribe("big", [], min: 10_000_000);

        Buy(1, 9001, new DateOnly(2026, 11, 20), Now.AddDays(-2));
        Buy(2, 9002, new DateOnly(2026, 11, 21), Now.AddDays(-2));
        Assert.Empty(outbox.All()); // two buyers are not a cluster
        Buy(3, 9003, new DateOnly(2026, 11, 23), Now.AddHours(-3));

        var first = outbox.All();
        Assert.Equal(["market", "watch"], first.Select(e => e.Channel).Order());
        Assert.All(first, e => Assert.Equal(1, e.Version));
        var alert = AlertMessages.Deserialize(first[0].Message);
        Assert.Equal("Cluster buying — EXMP (Example Corp)", alert.Title);
        Assert.Contains(alert.Sections, s => s is Replies.ItemsSection { Title: "Evidence", Items.Count: 3 });

        Buy(4, 9004, new DateOnly(2026, 11, 24), Now.AddHours(-1));

        var updates = outbox.All().Where(e => e.Version == 2).ToList();
        Assert.Equal(2, updates.Count);
        Assert.All(updates, u => Assert.Equal(first.Single(f => f.Channel == u.Channel).SignalId, u.SignalId));
        Assert.EndsWith("(updated)", AlertMessages.Deserialize(updates[0].Message).Title);
    }

    [Fact]
    public void History_NeverAlerts()
    {
        Subscribe("market", []);

        Buy(1, 9001, new DateOnly(2026, 11, 10), Now.AddDays(-14));
        Buy(2, 9002, new DateOnly(2026, 11, 11), Now.AddDays(-14));
        Buy(3, 9003, new DateOnly(2026, 11, 12), Now.AddDays(-4));

        Assert.Empty(outbox.All());
        Assert.Contains(store.Store.AllSignals(), s => s.Kind == Insights.Signals.SignalKind.ClusterBuying); // stored, not posted
    }

    [Fact]
    public void PausedChannel_GetsNothingUntilItResubscribes()
    {
        Subscribe("market", []);
        subscriptions.Pause("test:w:market", "403", Now);

        Buy(1, 9001, new DateOnly(2026, 11, 20), Now.AddHours(-5));
        Buy(2, 9002, new DateOnly(2026, 11, 21), Now.AddHours(-4));
        Buy(3, 9003, new DateOnly(2026, 11, 23), Now.AddHours(-3));

        Assert.Empty(outbox.All());
        Assert.Contains(store.Store.AllSignals(), s => s.Kind == Insights.Signals.SignalKind.ClusterBuying); // detected, not posted
    }
}
