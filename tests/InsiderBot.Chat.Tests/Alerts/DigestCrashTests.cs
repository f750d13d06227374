using InsiderBot.Chat.Alerts;
using InsiderBot.Chat.Replies;
using InsiderBot.Store.Alerts;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InsiderBot.Chat.Tests.Alerts;

/// <summary>A digest the bot was killed while posting is posted again as the same digest, whatever arrived meanwhile.</summary>
public sealed class DigestCrashTests : IDisposable
{
    private readonly TestStore store = new();
    private readonly AlertOutbox outbox;
    private readonly SubscriptionStore subscriptions;
    private readonly RecordingPublisher platform = new();

    public DigestCrashTests()
    {
        outbox = new AlertOutbox(store.Database);
        subscriptions = new SubscriptionStore(store.Database);
        subscriptions.Save(new Subscription("test", "w", "c1", [], AlertKinds.Default, 0));
    }

    public void Dispose() => store.Dispose();

    /// <summary>Posts through to the channel, then dies before the bot hears back (a kill -9 mid-post).</summary>
    private sealed class DyingPublisher(IAlertPublisher inner) : IAlertPublisher
    {
        public string Platform => inner.Platform;

        public async Task<AlertPostResult> PostAsync(AlertDelivery delivery, CancellationToken cancellationToken)
        {
            await inner.PostAsync(delivery, cancellationToken);
            throw new OperationCanceledException("killed");
        }
    }

    private AlertDispatcher Dispatcher(IAlertPublisher publisher) =>
        new(outbox, subscriptions, [publisher], new AlertWakeup(), Options.Create(new AlertOptions { DigestThreshold = 2 }), store.Time, NullLogger<AlertDispatcher>.Instance);

    private OutboxEntry Entry(string signal) =>
        new(AlertPlanner.DeliveryId("test:w:c1", signal, 1), "test:w:c1", "test", "w", "c1", signal, 1,
            AlertMessages.Serialize(ChatReply.Text($"{signal} alert", "reason")), store.Time.GetUtcNow(), store.Time.GetUtcNow());

    private int Shows(string signal) => platform.Channel.Values.Count(d =>
        d.Message.Title == $"{signal} alert" || d.Message.Sections.OfType<ItemsSection>().Any(s => s.Items.Any(i => i.Headline == $"{signal} alert")));

    [Fact]
    public async Task DigestKilledMidPost_WithMoreAlertsQueuedMeanwhile_EachAlertStillShowsOnce()
    {
        outbox.Enqueue([Entry("a"), Entry("b"), Entry("c")]);
        await Assert.ThrowsAsync<OperationCanceledException>(() => Dispatcher(new DyingPublisher(platform)).DispatchDueAsync(default));
        Assert.Single(platform.Channel);

        store.Time.Advance(TimeSpan.FromSeconds(5));
        outbox.Enqueue([Entry("d")]);
        await Dispatcher(platform).DispatchDueAsync(default);

        Assert.All(["a", "b", "c", "d"], s => Assert.Equal(1, Shows(s)));
        Assert.All(outbox.All(), e => Assert.Equal(OutboxStatus.Posted, e.Status));
        Assert.True(platform.Deliveries[1].IsRetry);
    }

    [Fact]
    public async Task SingleAlertKilledMidPost_ThenEnoughForADigest_TheAlertIsNotShownAgainInTheDigest()
    {
        outbox.Enqueue([Entry("a")]);
        await Assert.ThrowsAsync<OperationCanceledException>(() => Dispatcher(new DyingPublisher(platform)).DispatchDueAsync(default));
        Assert.Equal(1, Shows("a"));

        store.Time.Advance(TimeSpan.FromSeconds(5));
        outbox.Enqueue([Entry("b"), Entry("c")]);
        await Dispatcher(platform).DispatchDueAsync(default);

        Assert.All(["a", "b", "c"], s => Assert.Equal(1, Shows(s)));
        Assert.All(outbox.All(), e => Assert.Equal(OutboxStatus.Posted, e.Status));
    }
}
