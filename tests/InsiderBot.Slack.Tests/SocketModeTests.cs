using InsiderBot.Fakes.Slack;
using InsiderBot.Slack.SocketMode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InsiderBot.Slack.Tests;

public sealed class SocketModeTests
{
    private static readonly TimeSpan Wait = SlackTestHost.Wait;

    private static Task Service(SlackTestHost host) =>
        host.Services.GetServices<IHostedService>().OfType<SlackSocketModeService>().Single().ExecuteTask!;

    /// <summary>Sends a command and asserts it got exactly one reply (ack payload or response_url), containing <paramref name="expected"/>.</summary>
    private static async Task AssertAnsweredOnce(FakeSlack slack, FakeSocket socket, string command, string text, string expected)
    {
        var id = await socket.SendSlashCommandAsync(command, text);
        var ack = await socket.AckAsync(id, Wait);
        var inAck = ack["payload"] is not null;
        if (inAck) Assert.Contains(expected, ack["payload"]!["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(inAck ? 0 : 1, slack.ResponsesFor(id).Count);
    }

    [Fact]
    public async Task A_command_is_answered_in_the_ack_payload()
    {
        await using var host = await SlackTestHost.StartAsync("socket");
        var socket = await host.Slack.NextSocketAsync(Wait);
        var id = await socket.SendSlashCommandAsync("/echo", "AAPL 90");
        var ack = await socket.AckAsync(id, Wait);

        Assert.Equal("in_channel", ack["payload"]!["response_type"]!.ToString());
        Assert.Contains("AAPL|90", ack["payload"]!["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(SlackTestHost.AppToken, Assert.Single(host.Slack.CallsTo("apps.connections.open")).Token);
        Assert.Empty(host.Slack.Responses);
    }

    [Fact]
    public async Task A_slow_command_is_acked_empty_and_answered_once_via_response_url()
    {
        await using var host = await SlackTestHost.StartAsync("socket");
        var socket = await host.Slack.NextSocketAsync(Wait);
        var id = await socket.SendSlashCommandAsync("/slow", "");
        await host.Commands.SlowStarted.Task.WaitAsync(Wait);
        host.Time.Advance(TimeSpan.FromSeconds(3));
        var ack = await socket.AckAsync(id, Wait);
        Assert.Null(ack["payload"]);

        host.Commands.SlowGate.SetResult();
        var late = await host.Slack.NextResponseAsync(Wait);
        Assert.Equal(id, late.ResponseId);
        Assert.Contains("done at last", late.Message["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Single(host.Slack.ResponsesFor(id));
    }

    [Fact]
    public async Task A_redelivered_envelope_is_acked_but_not_run_again()
    {
        await using var host = await SlackTestHost.StartAsync("socket");
        var socket = await host.Slack.NextSocketAsync(Wait);
        await socket.SendSlashCommandAsync("/echo", "x", envelopeId: "env-1");
        await socket.AckAsync("env-1", Wait);
        await socket.SendSlashCommandAsync("/echo", "x", envelopeId: "env-1", retryAttempt: 1);
        await socket.AckAsync("env-1", Wait, occurrence: 2);
        Assert.Empty(host.Slack.ResponsesFor("env-1"));
        Assert.Equal(1, host.Commands.Runs);
    }

    [Theory]
    [InlineData("warning")]
    [InlineData("refresh_requested")]
    public async Task A_refresh_opens_the_next_socket_before_closing_the_old_and_drops_no_command(string reason)
    {
        await using var host = await SlackTestHost.StartAsync("socket");
        var old = await host.Slack.NextSocketAsync(Wait);
        await old.SendDisconnectAsync(reason);
        var onOld = await old.SendSlashCommandAsync("/echo", "on-old");

        var next = await host.Slack.NextSocketAsync(Wait);
        await AssertAnsweredOnce(host.Slack, next, "/echo", "on-new", "on-new");
        var ackOnOld = await old.AckAsync(onOld, Wait);
        Assert.Contains("on-old", ackOnOld["payload"]!["text"]!.ToString(), StringComparison.Ordinal);

        await old.Closed.WaitAsync(Wait);
        Assert.Equal(1, host.Slack.OpenSockets);
        Assert.Equal(2, host.Slack.SocketsAccepted);
        Assert.Equal(2, host.Commands.Runs);
    }

    [Fact]
    public async Task A_dropped_socket_reconnects_and_the_next_command_is_answered()
    {
        await using var host = await SlackTestHost.StartAsync("socket");
        var first = await host.Slack.NextSocketAsync(Wait);
        first.Abort();
        var second = await host.Slack.NextSocketAsync(Wait);
        await AssertAnsweredOnce(host.Slack, second, "/echo", "after-drop", "after-drop");
        await first.Closed.WaitAsync(Wait);
        Assert.Equal(1, host.Slack.OpenSockets);
    }

    [Fact]
    public async Task Link_disabled_stops_with_a_line_that_says_what_to_fix_and_leaks_no_socket()
    {
        await using var host = await SlackTestHost.StartAsync("socket");
        var socket = await host.Slack.NextSocketAsync(Wait);
        await socket.SendDisconnectAsync("link_disabled");
        await Service(host).WaitAsync(Wait);
        await socket.Closed.WaitAsync(Wait);

        Assert.Contains("turn on Socket Mode", host.Services.GetRequiredService<SlackHealth>().Problem(), StringComparison.Ordinal);
        Assert.Equal(2, host.Services.GetRequiredService<Chat.BotExit>().Code);
        Assert.Equal(0, host.Slack.OpenSockets);
        Assert.Single(host.Slack.CallsTo("apps.connections.open"));
    }

    [Theory]
    [InlineData("invalid_auth")]
    [InlineData("not_allowed_token_type")]
    public async Task A_refused_app_token_stops_the_bot_naming_the_key_with_exit_code_2(string error)
    {
        await using var host = await SlackTestHost.StartAsync("socket", arrange: slack => slack.FailNext("apps.connections.open", error));
        await Service(host).WaitAsync(Wait);
        Assert.Contains("Slack:AppToken", host.Services.GetRequiredService<SlackHealth>().Problem(), StringComparison.Ordinal);
        Assert.Equal(0, host.Slack.SocketsAccepted);
        Assert.Single(host.Slack.CallsTo("apps.connections.open")); // not retried
        Assert.True(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Equal(2, host.Services.GetRequiredService<Chat.BotExit>().Code);
    }

    [Fact]
    public async Task A_rate_limited_connection_open_waits_for_retry_after_then_connects()
    {
        await using var host = await SlackTestHost.StartAsync("socket", arrange: slack => slack.RateLimitNext("apps.connections.open", 7));
        await host.Slack.NextCallAsync("apps.connections.open", Wait);
        Assert.Equal(0, host.Slack.SocketsAccepted);
        var connected = host.Slack.NextSocketAsync(Wait);
        while (!connected.IsCompleted)
        {
            host.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(connected, host.Slack.NextCallAsync("apps.connections.open", TimeSpan.FromMilliseconds(50)).ContinueWith(_ => { }, TaskScheduler.Default));
        }

        await AssertAnsweredOnce(host.Slack, await connected, "/echo", "ok", "ok");
        Assert.True(host.Time.GetUtcNow() - new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero) >= TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task A_silent_socket_is_caught_by_the_keep_alive_replaced_and_closed()
    {
        await using var host = await SlackTestHost.StartAsync("socket");
        var first = await host.Slack.NextSocketAsync(Wait);
        await AssertAnsweredOnce(host.Slack, first, "/echo", "before", "before");

        // Slack goes silent without closing: no pongs, no envelopes. A command sent now never reaches the bot.
        first.Freeze();
        var lost = await first.SendSlashCommandAsync("/echo", "lost");
        host.Time.Advance(SocketLiveness.SilenceLimit + SocketLiveness.KeepAlive);

        var second = await host.Slack.NextSocketAsync(Wait);
        await first.Closed.WaitAsync(Wait); // the bot dropped the silent connection: nothing leaks
        Assert.Equal(2, host.Slack.CallsTo("apps.connections.open").Count);

        // Slack redelivers the unacknowledged envelope on the live socket; it and a new command are answered once each.
        await second.SendSlashCommandAsync("/echo", "lost", envelopeId: lost, retryAttempt: 1);
        Assert.Contains("lost", (await second.AckAsync(lost, Wait))["payload"]!["text"]!.ToString(), StringComparison.Ordinal);
        await AssertAnsweredOnce(host.Slack, second, "/echo", "after", "after");
        Assert.Equal(1, second.AckCount(lost));
        Assert.Equal(0, first.AckCount(lost));
        Assert.Equal(3, host.Commands.Runs);
        Assert.Equal(1, host.Slack.OpenSockets);
        Assert.True(host.Slack.PeakOpenSockets <= 2, $"{host.Slack.PeakOpenSockets} sockets were open at once");
    }

    [Fact]
    public async Task A_socket_that_keeps_talking_is_kept_however_long_it_lives()
    {
        await using var host = await SlackTestHost.StartAsync("socket");
        var socket = await host.Slack.NextSocketAsync(Wait);
        for (var step = 0; step < 6; step++)
        {
            host.Time.Advance(SocketLiveness.KeepAlive);
            await AssertAnsweredOnce(host.Slack, socket, "/echo", "step" + step, "step" + step);
        }

        Assert.Single(host.Slack.CallsTo("apps.connections.open"));
        Assert.Equal(1, host.Slack.SocketsAccepted);
    }
}
