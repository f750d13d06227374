using InsiderBot.Chat;
using InsiderBot.Fakes.Discord;
using InsiderBot.Fakes.Slack;
using InsiderBot.Health;
using InsiderBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Tests;

/// <summary><c>/readyz</c> covers every configured platform in either of its modes: 503 naming it while it is down, 200 once it is up.</summary>
public sealed class ReadinessTests : IDisposable
{
    private const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly TempDirectory temp = new();

    public void Dispose()
    {
        closed.Dispose();
        temp.Dispose();
    }

    private readonly ClosedPort closed = new();

    /// <summary>An address where nothing listens, held for the whole test.</summary>
    private string Nowhere => closed.HostAndPort;

    private static string[] Discord(string mode, string api, string gateway) =>
        [$"--Discord:Mode={mode}", "--Discord:Token=readiness-token", "--Discord:ApplicationId=1234567890", $"--Discord:PublicKey={PublicKey}", $"--Discord:ApiBaseUrl={api}", $"--Discord:GatewayUrl={gateway}"];

    private static string[] Slack(string mode, string api) =>
        [$"--Slack:Mode={mode}", "--Slack:BotToken=xoxb-readiness", "--Slack:AppToken=xapp-readiness", "--Slack:SigningSecret=readiness-secret", $"--Slack:ApiBaseUrl={api}"];

    private static async Task<(int Status, string Body)> ReadyzAsync(RunningBot bot)
    {
        using var http = new HttpClient { Timeout = Wait };
        using var response = await http.GetAsync($"{bot.Url}/readyz");
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Task ProbeReached(RunningBot bot) =>
        bot.Services.GetServices<IReadinessCheck>().OfType<PlatformApiProbe>().Single().Reached.WaitAsync(Wait);

    [Fact]
    public async Task SlackSocketMode_WithNoSocket_IsNotReady()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.FailNext("apps.connections.open", "service_unavailable", times: 1000);
        await using var bot = await RunningBot.StartAsync(temp, Slack("socket", slack.ApiBaseUrl));
        await slack.NextCallAsync("apps.connections.open", Wait);

        var (status, body) = await ReadyzAsync(bot);

        Assert.Equal(503, status);
        Assert.Contains("slack: Socket Mode not connected", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlackSocketMode_IsReadyWhileConnected_AndNotReadyOnceTheSocketDrops()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await RunningBot.StartAsync(temp, Slack("socket", slack.ApiBaseUrl));
        var socket = await slack.NextSocketAsync(Wait);
        await socket.AckAsync(await socket.SendSlashCommandAsync("/explain", "P"), Wait); // answered: the socket said hello
        var up = await ReadyzAsync(bot);

        slack.FailNext("apps.connections.open", "service_unavailable", times: 1000);
        socket.Abort();
        await slack.NextCallAsync("apps.connections.open", Wait); // the call made at start
        await slack.NextCallAsync("apps.connections.open", Wait); // the bot noticed the drop and is reconnecting
        var down = await ReadyzAsync(bot);

        Assert.Equal((200, "ready"), up);
        Assert.Equal(503, down.Status);
        Assert.Contains("slack: Socket Mode not connected", down.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlackHttpMode_IsReadyOnceTheWebApiAnswers_AndNotWhileItRefuses()
    {
        await using (var refused = await RunningBot.StartAsync(temp, Slack("http", $"http://{Nowhere}/api")))
        {
            var (status, body) = await ReadyzAsync(refused);
            Assert.Equal(503, status);
            Assert.Contains("slack: Web API", body, StringComparison.Ordinal);
        }

        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await RunningBot.StartAsync(temp, Slack("http", slack.ApiBaseUrl));
        await ProbeReached(bot);

        Assert.Equal((200, "ready"), await ReadyzAsync(bot));
        Assert.NotEmpty(slack.CallsTo("auth.test"));
    }

    [Fact]
    public async Task DiscordGateway_Refused_IsNotReady()
    {
        await using var bot = await RunningBot.StartAsync(temp, Discord("gateway", $"http://{Nowhere}/api/v10", $"ws://{Nowhere}/gateway"));

        var (status, body) = await ReadyzAsync(bot);

        Assert.Equal(503, status);
        Assert.Contains("discord: gateway not connected", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscordHttpMode_IsReadyOnceTheRestApiAnswers_AndNotWhileItRefuses()
    {
        await using (var refused = await RunningBot.StartAsync(temp, Discord("http", $"http://{Nowhere}/api/v10", $"ws://{Nowhere}/gateway")))
        {
            var (status, body) = await ReadyzAsync(refused);
            Assert.Equal(503, status);
            Assert.Contains("discord: Web API", body, StringComparison.Ordinal);
        }

        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await RunningBot.StartAsync(temp, Discord("http", discord.ApiBaseUrl, discord.GatewayUrl));
        await ProbeReached(bot);

        Assert.Equal((200, "ready"), await ReadyzAsync(bot));
        Assert.Equal(0, discord.Gateway.ConnectionCount);
    }
}
