using System.Net.WebSockets;
using System.Text.Json;
using InsiderBot.Discord.Gateway;
using InsiderBot.Discord.Tests.Support;
using InsiderBot.Fakes.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InsiderBot.Discord.Tests;

public sealed class GatewayTests : IAsyncLifetime
{
    private const int HeartbeatMs = 10_000;
    private static readonly TimeSpan FirstBeat = TimeSpan.FromMilliseconds(HeartbeatMs / 2);
    private readonly TestClock clock = new();
    private FakeDiscord discord = null!;
    private BotHost bot = null!;
    private DiscordGatewayClient client = null!;

    public async Task InitializeAsync()
    {
        discord = await FakeDiscord.StartAsync(clock);
        // Defer after 2 s so the defer timers never look like the 1 s retry backoff the faults test waits for.
        bot = await BotHost.StartAsync(discord, clock, mode: "gateway", new Dictionary<string, string?> { ["Discord:DeferAfter"] = "00:00:02" });
        client = bot.App.Services.GetServices<IHostedService>().OfType<DiscordGatewayClient>().Single();
        client.Jitter = () => 0.5;
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await discord.DisposeAsync();
    }

    private string ResumeUrl => discord.GatewayUrl + "/resume";

    private static int Op(JsonElement payload) => payload.GetProperty("op").GetInt32();

    /// <summary>Hello, then expects Identify (new session) or Resume, then READY or RESUMED.</summary>
    private async Task<FakeGatewayConnection> ConnectAsync(bool expectResume = false)
    {
        var connection = await discord.Gateway.NextConnectionAsync();
        await connection.HelloAsync(HeartbeatMs);
        var first = await connection.ReceiveAsync();
        Assert.Equal(expectResume ? 6 : 2, Op(first));
        if (expectResume)
        {
            Assert.Equal("session-1", first.GetProperty("d").GetProperty("session_id").GetString());
            Assert.True(connection.Target.StartsWith("/gateway/resume", StringComparison.Ordinal), connection.Target);
            await connection.DispatchAsync("RESUMED", new { });
        }
        else
        {
            Assert.False(connection.Target.StartsWith("/gateway/resume", StringComparison.Ordinal), connection.Target);
            await connection.ReadyAsync("session-1", ResumeUrl);
        }

        return connection;
    }

    /// <summary>Dispatches an interaction and waits for its answer: the bot has then read everything sent before it.</summary>
    private async Task SyncAsync(FakeGatewayConnection connection)
    {
        var id = FakeInteractions.NextId();
        await connection.DispatchRawAsync("INTERACTION_CREATE", FakeInteractions.Command(id, "help"));
        await discord.WaitForAsync(r => r.Path.Contains(id, StringComparison.Ordinal));
    }

    /// <summary>After a lost session: the random 1–5 s wait (3 s with the jitter pinned at 0.5).</summary>
    private async Task AdvanceToIdentifyAsync()
    {
        var wait = TimeSpan.FromSeconds(3);
        Assert.Equal(wait, await clock.NextTimerAsync(d => d == wait));
        clock.Advance(wait);
    }

    private async Task AdvanceToReconnectAsync()
    {
        var backoff = client.Backoff(0);
        Assert.Equal(backoff, await clock.NextTimerAsync(d => d == backoff));
        clock.Advance(backoff);
    }

    [Fact]
    public async Task Identifies_then_heartbeats_with_a_jittered_first_beat_and_the_last_sequence()
    {
        var connection = await discord.Gateway.NextConnectionAsync();
        Assert.Contains("v=10&encoding=json", connection.Target, StringComparison.Ordinal);
        await connection.HelloAsync(HeartbeatMs);
        var identify = await connection.ReceiveAsync();
        Assert.Equal(2, Op(identify));
        Assert.Equal("test-token", identify.GetProperty("d").GetProperty("token").GetString());
        Assert.Equal(0, identify.GetProperty("d").GetProperty("intents").GetInt32());
        await connection.ReadyAsync("session-1", ResumeUrl);
        await SyncAsync(connection); // the bot has read up to sequence 2

        Assert.Equal(FirstBeat, await clock.NextTimerAsync(d => d == FirstBeat));
        clock.Advance(FirstBeat);
        var beat = await connection.ReceiveOpAsync(1);
        Assert.Equal(2, beat.GetProperty("d").GetInt32());
        await SyncAsync(connection); // and the ACK

        Assert.Equal(TimeSpan.FromMilliseconds(HeartbeatMs), await clock.NextTimerAsync(d => d == TimeSpan.FromMilliseconds(HeartbeatMs)));
        clock.Advance(TimeSpan.FromMilliseconds(HeartbeatMs));
        await connection.ReceiveOpAsync(1);
        Assert.Null(client.Problem());
    }

    [Fact]
    public async Task Interactions_are_answered_through_the_callback()
    {
        var connection = await ConnectAsync();
        var id = FakeInteractions.NextId();
        await connection.DispatchRawAsync("INTERACTION_CREATE", FakeInteractions.Command(id, "echo", new Dictionary<string, object> { ["first"] = "gw" }));
        var callback = await discord.WaitForAsync(r => r.Path == $"/interactions/{id}/{FakeInteractions.TokenOf(id)}/callback");
        Assert.Equal(4, callback.Json().GetProperty("type").GetInt32());
        Assert.StartsWith("args:gw ", callback.Json().GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, discord.AnswersFor(id));
    }

    [Fact]
    public async Task Shutting_down_closes_with_1000_so_discord_ends_the_session_at_once()
    {
        var connection = await ConnectAsync();
        await SyncAsync(connection);

        await client.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        // The session lives only in memory: a resumable close would leave it open at Discord until it times out.
        Assert.Equal(WebSocketCloseStatus.NormalClosure, await connection.Closed.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Op7_closes_with_a_resumable_code_and_resumes_at_once()
    {
        var first = await ConnectAsync();
        await first.ReconnectAsync();
        Assert.Equal((WebSocketCloseStatus)4000, await first.Closed.WaitAsync(TimeSpan.FromSeconds(10)));
        await ConnectAsync(expectResume: true);
    }

    [Fact]
    public async Task A_missed_heartbeat_ack_closes_the_zombie_and_resumes()
    {
        discord.Gateway.AcknowledgeHeartbeats = false;
        var first = await ConnectAsync();
        await clock.NextTimerAsync(d => d == FirstBeat);
        clock.Advance(FirstBeat);
        await first.ReceiveOpAsync(1);
        await clock.NextTimerAsync(d => d == TimeSpan.FromMilliseconds(HeartbeatMs));
        clock.Advance(TimeSpan.FromMilliseconds(HeartbeatMs));
        var code = await first.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, code);
        Assert.NotNull(code);

        discord.Gateway.AcknowledgeHeartbeats = true;
        await AdvanceToReconnectAsync();
        await ConnectAsync(expectResume: true);
    }

    [Fact]
    public async Task Invalid_session_not_resumable_waits_a_random_1_to_5_s_then_identifies_anew()
    {
        var first = await ConnectAsync();
        await first.InvalidSessionAsync(resumable: false);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, await first.Closed.WaitAsync(TimeSpan.FromSeconds(10)));
        await AdvanceToIdentifyAsync();
        await clock.NextTimerAsync(d => d == TimeSpan.FromSeconds(2)); // the rest of the 5 s between IDENTIFYs
        clock.Advance(TimeSpan.FromSeconds(2));
        await ConnectAsync(expectResume: false);
        Assert.Equal(0, discord.Gateway.EarlyIdentifies);
    }

    [Fact]
    public async Task Identifies_are_spaced_five_seconds_apart()
    {
        var first = await ConnectAsync(); // identified at T0
        await first.CloseAsync(4009, "Session timed out");
        await AdvanceToIdentifyAsync(); // T0 + 3 s: too early for the next IDENTIFY

        Assert.Equal(TimeSpan.FromSeconds(2), await clock.NextTimerAsync(d => d == TimeSpan.FromSeconds(2)));
        Assert.Equal(1, discord.Gateway.ConnectionCount);
        clock.Advance(TimeSpan.FromSeconds(2));
        await ConnectAsync(expectResume: false);
        Assert.Equal(0, discord.Gateway.EarlyIdentifies);
    }

    [Fact]
    public async Task Close_4003_identifies_anew_instead_of_resuming()
    {
        var first = await ConnectAsync();
        await first.CloseAsync(4003, "Not authenticated.");
        await AdvanceToIdentifyAsync();
        await clock.NextTimerAsync(d => d == TimeSpan.FromSeconds(2)); // the rest of the 5 s between IDENTIFYs
        clock.Advance(TimeSpan.FromSeconds(2));
        await ConnectAsync(expectResume: false);
    }

    [Theory]
    [InlineData("{\"d\":null}")]
    [InlineData("{\"op\":\"ten\"}")]
    [InlineData("[1,2]")]
    [InlineData("not json")]
    [InlineData("{\"op\":0,\"t\":\"READY\",\"s\":9,\"d\":{}}")]
    public async Task A_frame_of_an_unexpected_shape_is_contained_and_the_session_resumes(string frame)
    {
        var first = await ConnectAsync();
        await SyncAsync(first);
        await first.SendRawAsync(frame);

        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, await first.Closed.WaitAsync(TimeSpan.FromSeconds(10)));
        await AdvanceToReconnectAsync();
        var second = await ConnectAsync(expectResume: true);
        await SyncAsync(second);
        Assert.False(bot.Get<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task A_used_up_identify_budget_is_waited_out_before_identifying()
    {
        var first = await ConnectAsync();
        discord.Inject(r => r.Path == "/gateway/bot", new FakeResponse(200,
            "{\"url\":\"" + discord.GatewayUrl + "\",\"shards\":1,\"session_start_limit\":{\"total\":1000,\"remaining\":0,\"reset_after\":45000,\"max_concurrency\":1}}"));
        await first.InvalidSessionAsync(resumable: false);
        await AdvanceToIdentifyAsync();
        // 45 s, not 30 s: 30 s is also every REST request's own timeout timer.
        Assert.Equal(TimeSpan.FromSeconds(45), await clock.NextTimerAsync(d => d == TimeSpan.FromSeconds(45)));
        Assert.Equal(1, discord.Gateway.ConnectionCount);
        clock.Advance(TimeSpan.FromSeconds(45));
        await ConnectAsync(expectResume: false);
    }

    [Fact]
    public async Task Dropped_sockets_and_resumable_closes_resume()
    {
        var first = await ConnectAsync();
        await SyncAsync(first); // READY is read before the connection drops
        await first.AbortAsync();
        await AdvanceToReconnectAsync();
        var second = await ConnectAsync(expectResume: true);
        await second.CloseAsync(4000);
        await AdvanceToReconnectAsync();
        await ConnectAsync(expectResume: true);
    }

    [Fact]
    public async Task Close_4004_stops_the_bot_without_reconnecting()
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Get<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        var first = await ConnectAsync();
        await first.CloseAsync(4004, "Authentication failed.");
        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, discord.Gateway.ConnectionCount);
        Assert.Equal(GatewayOutcome.Fatal, GatewayCloseCodes.OutcomeOf(4014));
        Assert.Contains("Discord:Token", GatewayCloseCodes.WhatToFix(4004), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_interaction_gets_exactly_one_answer_through_faults()
    {
        var first = await ConnectAsync();
        var ids = Enumerable.Range(0, 4).Select(_ => FakeInteractions.NextId()).ToList();
        await first.DispatchRawAsync("INTERACTION_CREATE", FakeInteractions.Command(ids[0], "echo", new Dictionary<string, object> { ["first"] = "a" }));
        discord.Inject(r => r.Path.Contains(ids[1], StringComparison.Ordinal), FakeResponse.ServerError(502));
        await first.DispatchRawAsync("INTERACTION_CREATE", FakeInteractions.Command(ids[1], "explain", new Dictionary<string, object> { ["code"] = "P" }));
        await discord.WaitForAsync(r => r.Path.Contains(ids[1], StringComparison.Ordinal));
        await clock.NextTimerAsync(d => d == Rest.DiscordRestClient.Backoff(1));
        clock.Advance(Rest.DiscordRestClient.Backoff(1));

        await SyncAsync(first);
        await first.AbortAsync();
        await AdvanceToReconnectAsync();
        var second = await ConnectAsync(expectResume: true);
        discord.Inject(r => r.Path.Contains(ids[2], StringComparison.Ordinal), FakeResponse.RateLimited(0.5, bucket: "cb"));
        await second.DispatchRawAsync("INTERACTION_CREATE", FakeInteractions.Command(ids[2], "guard"));
        await clock.NextTimerAsync(d => d == TimeSpan.FromSeconds(0.5));
        clock.Advance(TimeSpan.FromSeconds(0.5));
        await second.DispatchRawAsync("INTERACTION_CREATE", FakeInteractions.Autocomplete(ids[3], "insiders", "ticker", ""));

        foreach (var id in ids)
        {
            await discord.WaitForAnswerAsync(id);
            Assert.Equal(1, discord.AnswersFor(id));
        }

        var guarded = discord.Requests.Last(r => r.Path.Contains(ids[2], StringComparison.Ordinal)).Json();
        Assert.Equal(64, guarded.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task A_slow_discord_still_gets_exactly_one_answer_per_interaction_within_the_deadline()
    {
        var connection = await ConnectAsync();
        var (slow, held, quick) = (FakeInteractions.NextId(), FakeInteractions.NextId(), FakeInteractions.NextId());
        var slowCallback = new TaskCompletionSource();
        var slowEdit = new TaskCompletionSource();
        discord.Hold(r => r.Path.StartsWith($"/interactions/{held}/", StringComparison.Ordinal), slowCallback.Task);
        discord.Hold(r => r.Method == "PATCH" && r.Path.Contains(FakeInteractions.TokenOf(slow), StringComparison.Ordinal), slowEdit.Task);
        var received = clock.GetUtcNow();

        // A command that outlasts the defer deadline, one whose callback Discord is slow to answer, and a quick one.
        await connection.DispatchRawAsync("INTERACTION_CREATE", FakeInteractions.Command(slow, "slow"));
        await clock.NextTimerAsync(d => d == TimeSpan.FromSeconds(2));
        await connection.DispatchRawAsync("INTERACTION_CREATE", FakeInteractions.Command(held, "echo", new Dictionary<string, object> { ["first"] = "held" }));
        await discord.WaitForAnswerAsync(held);
        await connection.DispatchRawAsync("INTERACTION_CREATE", FakeInteractions.Command(quick, "echo", new Dictionary<string, object> { ["first"] = "quick" }));
        await discord.WaitForAnswerAsync(quick); // not queued behind the held answer

        clock.Advance(TimeSpan.FromSeconds(2));
        await discord.WaitForAnswerAsync(slow);
        var deferral = discord.RequestsTo("POST", $"/interactions/{slow}/").Single().Json();
        Assert.Equal(5, deferral.GetProperty("type").GetInt32());
        bot.Commands.Release.SetResult();
        var edit = await discord.WaitForAsync(r => r.Method == "PATCH" && r.Path.Contains(FakeInteractions.TokenOf(slow), StringComparison.Ordinal));
        Assert.EndsWith("/messages/@original", edit.Path, StringComparison.Ordinal);
        slowCallback.SetResult();
        slowEdit.SetResult();

        foreach (var id in new[] { slow, held, quick })
        {
            var answer = Assert.Single(discord.RequestsTo("POST", $"/interactions/{id}/"));
            Assert.Equal(1, discord.AnswersFor(id));
            Assert.True(answer.At - received <= TimeSpan.FromSeconds(3), $"answered {answer.At - received} after it arrived");
        }

        Assert.Single(discord.RequestsTo("PATCH", FakeInteractions.TokenOf(slow)));
    }
}
