using InsiderBot.Chat.Alerts;
using InsiderBot.Chat.Replies;
using InsiderBot.Store.Alerts;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InsiderBot.Chat.Tests.Alerts;

public sealed class AlertDispatcherTests : IDisposable
{
    private readonly TestStore store = new();
    private readonly AlertOutbox outbox;
    private readonly SubscriptionStore subscriptions;
    private readonly RecordingPublisher platform = new();
    private readonly AlertOptions options = new() { DigestThreshold = 3 };

    public AlertDispatcherTests()
    {
        outbox = new AlertOutbox(store.Database);
        subscriptions = new SubscriptionStore(store.Database);
        subscriptions.Save(new Subscription("test", "w", "c1", [], AlertKinds.Default, 0));
    }

    public void Dispose() => store.Dispose();

    private AlertDispatcher Dispatcher() =>
        new(outbox, subscriptions, [platform], new AlertWakeup(), Options.Create(options), store.Time, NullLogger<AlertDispatcher>.Instance);

    private OutboxEntry Entry(string signal, int version = 1, string channel = "c1") =>
        new(AlertPlanner.DeliveryId($"test:w:{channel}", signal, version), $"test:w:{channel}", "test", "w", channel, signal, version,
            AlertMessages.Serialize(ChatReply.Text($"{signal} v{version}", "reason")), store.Time.GetUtcNow(), store.Time.GetUtcNow());

    [Fact]
    public async Task Dispatch_PostsEachDueAlertOnce_AndRecordsTheMessageId()
    {
        outbox.Enqueue([Entry("a"), Entry("b")]);

        Assert.Equal(2, await Dispatcher().DispatchDueAsync(default));
        Assert.Equal(0, await Dispatcher().DispatchDueAsync(default));

        Assert.Equal(["a v1", "b v1"], platform.Channel.Values.Select(d => d.Message.Title).Order());
        Assert.All(outbox.All(), e => Assert.Equal((OutboxStatus.Posted, true), (e.Status, e.MessageId is not null)));
    }

    [Fact]
    public async Task Dispatch_RateLimited_WaitsForRetryAfterBeforeTryingAgain()
    {
        outbox.Enqueue([Entry("a")]);
        platform.Answer(new AlertPostResult(AlertPostStatus.RetryLater, Detail: "429", RetryAfter: TimeSpan.FromSeconds(30)));
        var dispatcher = Dispatcher();

        Assert.Equal(0, await dispatcher.DispatchDueAsync(default));
        store.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(default));
        Assert.Single(platform.Deliveries);
        store.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(default));

        Assert.Equal([false, true], platform.Deliveries.Select(d => d.IsRetry));
        Assert.Single(platform.Channel);
    }

    [Fact]
    public async Task Dispatch_ChannelGone_PausesTheSubscriptionInsteadOfRetryingForever()
    {
        outbox.Enqueue([Entry("a"), Entry("b")]);
        platform.Answer(new AlertPostResult(AlertPostStatus.ChannelUnavailable, Detail: "403 Missing Access"));

        await Dispatcher().DispatchDueAsync(default);
        store.Time.Advance(TimeSpan.FromDays(1));
        await Dispatcher().DispatchDueAsync(default);

        Assert.Single(platform.Deliveries);
        Assert.Equal("the bot cannot post there (403 Missing Access)", subscriptions.All().Single().PausedReason);
        Assert.All(outbox.All(), e => Assert.Equal(OutboxStatus.Paused, e.Status));
        Assert.Contains(Dispatcher().Status(), f => f.Name == "Paused channels" && f.Value.Contains("403", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dispatch_MoreThanTheThresholdForOneChannel_BecomesOneDigest()
    {
        outbox.Enqueue([Entry("a"), Entry("b"), Entry("c"), Entry("d"), Entry("x", channel: "c2")]);

        await Dispatcher().DispatchDueAsync(default);

        var posted = platform.Channel.Values.ToList();
        Assert.Equal(2, posted.Count);
        var digest = Assert.Single(posted, d => d.Channel == "c1");
        Assert.Equal("4 insider signals", digest.Message.Title);
        Assert.All(outbox.All(), e => Assert.Equal(OutboxStatus.Posted, e.Status));
    }

    [Fact]
    public async Task Dispatch_GrownSignal_EditsTheEarlierMessage()
    {
        outbox.Enqueue([Entry("cluster")]);
        await Dispatcher().DispatchDueAsync(default);
        var first = outbox.All().Single().MessageId;

        outbox.Enqueue([Entry("cluster", version: 2)]);
        await Dispatcher().DispatchDueAsync(default);

        Assert.Equal(first, platform.Deliveries[^1].ReplacesMessageId);
        Assert.Equal("cluster v2", Assert.Single(platform.Channel).Value.Message.Title);
    }

    [Fact]
    public async Task Dispatch_GrownSignalFirstPostedInADigest_PostsANewMessageAndLeavesTheDigestWhole()
    {
        outbox.Enqueue([Entry("a"), Entry("b"), Entry("c"), Entry("d")]);
        await Dispatcher().DispatchDueAsync(default);
        var digest = Assert.Single(platform.Channel).Value;

        outbox.Enqueue([Entry("a", version: 2)]);
        await Dispatcher().DispatchDueAsync(default);

        Assert.Null(platform.Deliveries[^1].ReplacesMessageId);
        Assert.Equal(["4 insider signals", "a v2"], platform.Channel.Values.Select(d => d.Message.Title).Order(StringComparer.Ordinal));
        Assert.Same(digest, platform.Channel.Values.First(d => d.Message.Title == "4 insider signals"));
    }

    [Fact]
    public async Task Dispatch_AfterACrashMidPost_RetriesWithTheSameDeliveryIdSoTheChannelSeesItOnce()
    {
        var entry = Entry("a");
        outbox.Enqueue([entry]);
        // The first run recorded its attempt and reached the platform, then died before recording the message id.
        outbox.RecordAttempt(entry.DeliveryId);
        await platform.PostAsync(new AlertDelivery(entry.DeliveryId, "w", "c1", ChatReply.Text("a v1", "reason")), default);

        await Dispatcher().DispatchDueAsync(default);

        Assert.True(platform.Deliveries[^1].IsRetry);
        Assert.Single(platform.Channel);
        Assert.Equal(OutboxStatus.Posted, outbox.All().Single().Status);
    }

    [Fact]
    public async Task Dispatch_PlatformNotConfigured_KeepsTheAlertForLater()
    {
        subscriptions.Save(new Subscription("slack", "T1", "C1", [], AlertKinds.Default, 0));
        outbox.Enqueue([Entry("a") with { Platform = "slack", SubscriptionId = "slack:T1:C1", DeliveryId = "slack-a" }]);

        Assert.Equal(0, await Dispatcher().DispatchDueAsync(default));

        var kept = outbox.All().Single();
        Assert.Equal((OutboxStatus.Pending, "no working slack adapter"), (kept.Status, kept.LastError));
    }
}
