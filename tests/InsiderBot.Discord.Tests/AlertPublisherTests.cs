using InsiderBot.Chat.Alerts;
using InsiderBot.Chat.Replies;
using InsiderBot.Discord.Rest;
using InsiderBot.Discord.Tests.Support;
using InsiderBot.Fakes.Discord;

namespace InsiderBot.Discord.Tests;

public sealed class AlertPublisherTests : IAsyncLifetime
{
    private RestHarness harness = null!;

    public async Task InitializeAsync() => harness = await RestHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private static AlertDelivery Delivery(string channel, string id = "d-1", string? replaces = null) =>
        new(id, FakeInteractions.GuildId, channel, ChatReply.Text("Cluster buying at AAPL", "3 insiders bought @everyone", ReplyTone.Buying), replaces);

    [Fact]
    public async Task Posts_with_nonce_enforced_and_no_mentions()
    {
        Assert.Equal("discord", harness.Alerts.Platform);
        var result = await harness.Alerts.PostAsync(Delivery("10"), CancellationToken.None);
        Assert.Equal(AlertPostStatus.Posted, result.Status);
        var body = Assert.Single(harness.Discord.Requests).Json();
        Assert.Equal("d-1", body.GetProperty("nonce").GetString());
        Assert.True(body.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal(0, body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("Cluster buying at AAPL", body.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_retried_delivery_gets_the_same_message()
    {
        var first = await harness.Alerts.PostAsync(Delivery("11"), CancellationToken.None);
        var again = await harness.Alerts.PostAsync(Delivery("11") with { IsRetry = true }, CancellationToken.None);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.All(harness.Discord.RequestsTo("POST", "/messages"), r => Assert.Equal("d-1", r.Json().GetProperty("nonce").GetString()));
    }

    [Fact]
    public async Task A_retry_long_after_a_lost_response_finds_the_first_message_instead_of_posting_twice()
    {
        // The message was created, but the answer was lost (a crash, a long outage); the retry comes an hour later,
        // long after Discord stopped de-duplicating the nonce.
        var first = await harness.Alerts.PostAsync(Delivery("16", id: "d-late"), CancellationToken.None);
        await harness.Alerts.PostAsync(Delivery("16", id: "d-other"), CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromHours(1));

        var again = await harness.Alerts.PostAsync(Delivery("16", id: "d-late") with { IsRetry = true }, CancellationToken.None);

        Assert.Equal(AlertPostResult.Posted(first.MessageId!), again);
        Assert.Equal(2, harness.Discord.MessagesCreated("16"));
    }

    [Fact]
    public async Task A_replacement_edits_the_earlier_message()
    {
        var result = await harness.Alerts.PostAsync(Delivery("12", replaces: "555"), CancellationToken.None);
        Assert.Equal(AlertPostResult.Posted("555"), result);
        var request = Assert.Single(harness.Discord.Requests);
        Assert.Equal(("PATCH", "/channels/12/messages/555"), (request.Method, request.Path));
    }

    [Fact]
    public async Task Forbidden_or_deleted_channels_are_unavailable_and_a_bad_token_is_fatal()
    {
        harness.Discord.ForbiddenChannels["13"] = true;
        harness.Discord.DeletedChannels["14"] = true;
        harness.Discord.Inject(r => r.Path == "/channels/15/messages", new FakeResponse(401, "{\"message\":\"401: Unauthorized\",\"code\":0}"));

        var forbidden = await harness.Alerts.PostAsync(Delivery("13"), CancellationToken.None);
        Assert.Equal(AlertPostStatus.ChannelUnavailable, forbidden.Status);
        Assert.Contains("50001", forbidden.Detail, StringComparison.Ordinal);
        Assert.Equal(AlertPostStatus.ChannelUnavailable, (await harness.Alerts.PostAsync(Delivery("14"), CancellationToken.None)).Status);
        Assert.Equal(AlertPostStatus.Fatal, (await harness.Alerts.PostAsync(Delivery("15"), CancellationToken.None)).Status);
        Assert.Equal(3, harness.Discord.Requests.Count);
    }

    [Fact]
    public async Task A_long_rate_limit_is_retry_later_with_the_wait()
    {
        harness.Discord.Inject(r => r.Path == "/channels/16/messages", FakeResponse.RateLimited(90));
        var result = await harness.Alerts.PostAsync(Delivery("16"), CancellationToken.None);
        Assert.Equal(AlertPostStatus.RetryLater, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(90), result.RetryAfter);
    }

    [Fact]
    public async Task A_post_whose_answer_is_too_slow_is_retried_with_its_nonce_and_shows_once()
    {
        // Discord creates the message but its answer never comes back in time (held past the request timeout).
        var slow = new TaskCompletionSource();
        harness.Discord.Hold(r => r.Path == "/channels/18/messages", slow.Task);
        var posting = harness.Alerts.PostAsync(Delivery("18"), CancellationToken.None);
        await harness.Discord.WaitForAsync(r => r.Path == "/channels/18/messages");
        Assert.Equal(DiscordRestClient.RequestTimeout, await harness.Clock.NextTimerAsync(d => d == DiscordRestClient.RequestTimeout));
        harness.Clock.Advance(DiscordRestClient.RequestTimeout);
        Assert.Equal(DiscordRestClient.Backoff(1), await harness.Clock.NextTimerAsync(d => d == DiscordRestClient.Backoff(1)));
        harness.Clock.Advance(DiscordRestClient.Backoff(1));

        var result = await posting.WaitAsync(TimeSpan.FromSeconds(10));
        slow.SetResult();
        Assert.Equal(AlertPostStatus.Posted, result.Status);
        var posts = harness.Discord.RequestsTo("POST", "/channels/18/messages");
        Assert.Equal(2, posts.Count);
        Assert.All(posts, r => Assert.Equal("d-1", r.Json().GetProperty("nonce").GetString()));
        Assert.Equal(1, harness.Discord.MessagesCreated("18"));
    }

    [Fact]
    public async Task An_alert_with_a_chart_uploads_it()
    {
        var delivery = Delivery("17") with { Message = ChatReply.Text("Chart", "x") with { Chart = new ReplyImage("a.png", TestCommands.Png, "chart") } };
        Assert.Equal(AlertPostStatus.Posted, (await harness.Alerts.PostAsync(delivery, CancellationToken.None)).Status);
        var request = Assert.Single(harness.Discord.Requests);
        Assert.True(request.IsMultipart);
        Assert.Equal("d-1", request.Json().GetProperty("nonce").GetString());
    }
}
