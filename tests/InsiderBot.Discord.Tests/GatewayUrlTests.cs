using InsiderBot.Discord.Gateway;
using InsiderBot.Discord.Tests.Support;
using InsiderBot.Fakes.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InsiderBot.Discord.Tests;

public sealed class GatewayUrlTests
{
    [Fact]
    public async Task The_url_from_gateway_bot_is_used_and_the_configured_one_only_as_fallback()
    {
        var clock = new TestClock();
        await using var discord = await FakeDiscord.StartAsync(clock);
        // The configured URL leads nowhere; GET /gateway/bot names the fake's gateway.
        await using var bot = await BotHost.StartAsync(discord, clock, mode: "gateway", new Dictionary<string, string?> { ["Discord:GatewayUrl"] = "ws://127.0.0.1:9/nowhere" });
        bot.App.Services.GetServices<IHostedService>().OfType<DiscordGatewayClient>().Single().Jitter = () => 0.5;

        var connection = await discord.Gateway.NextConnectionAsync();
        Assert.StartsWith("/gateway?v=10", connection.Target, StringComparison.Ordinal);
        await connection.HelloAsync(10_000);
        Assert.Equal(2, (await connection.ReceiveAsync()).GetProperty("op").GetInt32());
    }
}
