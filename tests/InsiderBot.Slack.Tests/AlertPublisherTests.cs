using InsiderBot.Chat.Alerts;
using InsiderBot.Chat.Replies;
using InsiderBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Slack.Tests;

public sealed class AlertPublisherTests
{
    private static readonly ChatReply Alert = ChatReply.Text("AAPL: CEO bought $2.1M", "An open-market purchase.", ReplyTone.Buying);

    private static IAlertPublisher Publisher(SlackTestHost host) =>
        Assert.Single(host.Services.GetServices<IAlertPublisher>(), p => p.Platform == "slack");

    [Fact]
    public async Task An_alert_is_posted_with_blocks_fallback_text_and_the_delivery_id_in_metadata()
    {
        await using var host = await SlackTestHost.StartAsync();
        var result = await Publisher(host).PostAsync(new AlertDelivery("d-1", "T1", "C9", Alert), CancellationToken.None);

        Assert.Equal(AlertPostStatus.Posted, result.Status);
        var call = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(SlackTestHost.BotToken, call.Token);
        Assert.Equal("C9", call.Argument("channel"));
        Assert.Contains("CEO bought", call.Argument("text"), StringComparison.Ordinal);
        Assert.Equal("header", call.Arguments["blocks"]![0]!["type"]!.ToString());
        Assert.Equal("d-1", call.Arguments["metadata"]!["event_payload"]!["delivery_id"]!.ToString());
        Assert.Equal(result.MessageId, Assert.Single(host.Slack.Messages("C9"))["ts"]!.ToString());
    }

    [Fact]
    public async Task A_retry_after_a_lost_answer_finds_the_earlier_message_instead_of_posting_twice()
    {
        await using var host = await SlackTestHost.StartAsync();
        var publisher = Publisher(host);
        host.Slack.LoseNextAnswer("chat.postMessage");
        var first = await publisher.PostAsync(new AlertDelivery("d-2", "T1", "C9", Alert), CancellationToken.None);
        Assert.Equal(AlertPostStatus.RetryLater, first.Status);

        var retry = await publisher.PostAsync(new AlertDelivery("d-2", "T1", "C9", Alert, IsRetry: true), CancellationToken.None);
        Assert.Equal(AlertPostStatus.Posted, retry.Status);
        var only = Assert.Single(host.Slack.Messages("C9"));
        Assert.Equal(only["ts"]!.ToString(), retry.MessageId);
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("true", Assert.Single(host.Slack.CallsTo("conversations.history")).Argument("include_all_metadata"));
    }

    [Fact]
    public async Task A_retry_that_never_reached_slack_posts_once()
    {
        await using var host = await SlackTestHost.StartAsync();
        var publisher = Publisher(host);
        await publisher.PostAsync(new AlertDelivery("other", "T1", "C9", Alert), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var retry = await publisher.PostAsync(new AlertDelivery("d-3", "T1", "C9", Alert, IsRetry: true), CancellationToken.None);
        Assert.Equal(AlertPostStatus.Posted, retry.Status);
        Assert.Equal(2, host.Slack.Messages("C9").Count);
    }

    [Fact]
    public async Task A_429_returns_retry_later_with_retry_after_and_nothing_is_sent_before_it_passes()
    {
        await using var host = await SlackTestHost.StartAsync();
        var publisher = Publisher(host);
        host.Slack.RateLimitNext("chat.postMessage", retryAfterSeconds: 30);

        var limited = await publisher.PostAsync(new AlertDelivery("d-4", "T1", "C9", Alert), CancellationToken.None);
        Assert.Equal(AlertPostStatus.RetryLater, limited.Status);
        Assert.Equal(TimeSpan.FromSeconds(30), limited.RetryAfter);

        host.Time.Advance(TimeSpan.FromSeconds(10));
        var early = await publisher.PostAsync(new AlertDelivery("d-5", "T1", "C8", Alert), CancellationToken.None);
        Assert.Equal(AlertPostStatus.RetryLater, early.Status);
        Assert.Equal(TimeSpan.FromSeconds(20), early.RetryAfter);
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));

        host.Time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(AlertPostStatus.Posted, (await publisher.PostAsync(new AlertDelivery("d-5", "T1", "C8", Alert), CancellationToken.None)).Status);
    }

    [Theory]
    [InlineData("not_in_channel", AlertPostStatus.ChannelUnavailable)]
    [InlineData("channel_not_found", AlertPostStatus.ChannelUnavailable)]
    [InlineData("is_archived", AlertPostStatus.ChannelUnavailable)]
    [InlineData("invalid_auth", AlertPostStatus.Fatal)]
    [InlineData("token_revoked", AlertPostStatus.Fatal)]
    [InlineData("ratelimited", AlertPostStatus.RetryLater)]
    [InlineData("internal_error", AlertPostStatus.RetryLater)]
    public async Task Slack_errors_are_handled_by_meaning(string error, AlertPostStatus expected)
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.FailNext("chat.postMessage", error);
        var result = await Publisher(host).PostAsync(new AlertDelivery("d-6", "T1", "C9", Alert), CancellationToken.None);
        Assert.Equal(expected, result.Status);
        Assert.Equal(error, result.Detail);
        Assert.Empty(host.Slack.Messages("C9"));
        var health = host.Services.GetRequiredService<SlackHealth>();
        Assert.Equal(expected == AlertPostStatus.Fatal, health.Problem() is not null);
        if (expected == AlertPostStatus.RetryLater) Assert.NotNull(result.RetryAfter);
    }

    [Fact]
    public async Task Internal_error_is_retried_and_the_retry_posts_exactly_once()
    {
        await using var host = await SlackTestHost.StartAsync();
        var publisher = Publisher(host);
        host.Slack.FailNext("chat.postMessage", "internal_error");
        var first = await publisher.PostAsync(new AlertDelivery("d-7", "T1", "C9", Alert), CancellationToken.None);
        Assert.Equal(SlackErrors.TransientWait, first.RetryAfter);
        host.Time.Advance(first.RetryAfter!.Value);
        var retry = await publisher.PostAsync(new AlertDelivery("d-7", "T1", "C9", Alert, IsRetry: true), CancellationToken.None);
        Assert.Equal(AlertPostStatus.Posted, retry.Status);
        Assert.Single(host.Slack.Messages("C9"));
    }

    [Fact]
    public async Task At_most_one_message_a_second_goes_to_a_channel()
    {
        await using var host = await SlackTestHost.StartAsync();
        var publisher = Publisher(host);
        await publisher.PostAsync(new AlertDelivery("a", "T1", "C9", Alert), CancellationToken.None);
        var second = publisher.PostAsync(new AlertDelivery("b", "T1", "C9", Alert), CancellationToken.None);
        var otherChannel = await publisher.PostAsync(new AlertDelivery("c", "T1", "C7", Alert), CancellationToken.None);
        Assert.Equal(AlertPostStatus.Posted, otherChannel.Status);
        Assert.False(second.IsCompleted);
        Assert.Single(host.Slack.Messages("C9"));

        host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(AlertPostStatus.Posted, (await second.WaitAsync(SlackTestHost.Wait)).Status);
        Assert.Equal(2, host.Slack.Messages("C9").Count);
    }

    [Fact]
    public async Task A_replacement_edits_the_earlier_message_with_chat_update()
    {
        await using var host = await SlackTestHost.StartAsync();
        var publisher = Publisher(host);
        var first = await publisher.PostAsync(new AlertDelivery("d-8", "T1", "C9", Alert), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var grown = Alert with { Title = "AAPL: cluster of 3 insiders" };
        var edit = await publisher.PostAsync(new AlertDelivery("d-9", "T1", "C9", grown, ReplacesMessageId: first.MessageId), CancellationToken.None);

        Assert.Equal(AlertPostStatus.Posted, edit.Status);
        Assert.Equal(first.MessageId, edit.MessageId);
        var message = Assert.Single(host.Slack.Messages("C9"));
        Assert.Contains("cluster of 3", message["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(first.MessageId, Assert.Single(host.Slack.CallsTo("chat.update")).Argument("ts"));
    }

    [Fact]
    public async Task An_alert_with_a_chart_uploads_it_into_the_alerts_thread()
    {
        await using var host = await SlackTestHost.StartAsync();
        var withChart = Alert with { Chart = new ReplyImage("aapl.png", [1, 2, 3], "AAPL insider activity") };
        var result = await Publisher(host).PostAsync(new AlertDelivery("d-10", "T1", "C9", withChart), CancellationToken.None);
        var complete = Assert.Single(host.Slack.CallsTo("files.completeUploadExternal"));
        Assert.Equal("C9", complete.Argument("channel_id"));
        Assert.Equal(result.MessageId, complete.Argument("thread_ts"));
        Assert.Equal(new byte[] { 1, 2, 3 }, Assert.Single(host.Slack.Uploads).Value);
    }
}
