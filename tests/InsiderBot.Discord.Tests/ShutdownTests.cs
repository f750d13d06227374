using System.Text.Json;
using InsiderBot.Chat;
using InsiderBot.Discord.Gateway;
using InsiderBot.Discord.Tests.Support;
using InsiderBot.Fakes.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InsiderBot.Discord.Tests;

/// <summary>SIGTERM (a real host stop) while a gateway command has been answered "thinking…" and is still running.</summary>
public sealed class ShutdownTests : IAsyncLifetime
{
    private static readonly TimeSpan DeferAfter = TimeSpan.FromSeconds(2);
    private readonly TestClock clock = new();
    private FakeDiscord discord = null!;
    private BotHost bot = null!;

    public async Task InitializeAsync()
    {
        discord = await FakeDiscord.StartAsync(clock);
        bot = await BotHost.StartAsync(discord, clock, mode: "gateway", new Dictionary<string, string?> { ["Discord:DeferAfter"] = "00:00:02" });
        bot.App.Services.GetServices<IHostedService>().OfType<DiscordGatewayClient>().Single().Jitter = () => 0.5;
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await discord.DisposeAsync();
    }

    /// <summary>Dispatches /slow and lets it be deferred; then stops the host and waits until shutdown is draining.</summary>
    private async Task<(string Id, Task Stopped)> DeferThenStopAsync()
    {
        var connection = await discord.Gateway.NextConnectionAsync();
        await connection.HelloAsync(10_000);
        await connection.ReceiveOpAsync(2);
        await connection.ReadyAsync("session-1", discord.GatewayUrl + "/resume");
        var id = FakeInteractions.NextId();
        await connection.DispatchRawAsync("INTERACTION_CREATE", FakeInteractions.Command(id, "slow"));
        await clock.NextTimerAsync(d => d == DeferAfter);
        clock.Advance(DeferAfter);
        await discord.WaitForAnswerAsync(id);
        Assert.Equal(5, discord.RequestsTo("POST", $"/interactions/{id}/").Single().Json().GetProperty("type").GetInt32());

        var stopped = bot.App.StopAsync();
        await clock.NextTimerAsync(d => d == AnswersInFlight.DrainFor);
        return (id, stopped);
    }

    [Fact]
    public async Task A_deferred_answer_in_flight_is_finished_before_the_host_stops()
    {
        var (id, stopped) = await DeferThenStopAsync();
        Assert.False(stopped.IsCompleted);

        bot.Commands.Release.SetResult();
        await stopped.WaitAsync(TimeSpan.FromSeconds(10));

        var edit = Assert.Single(discord.RequestsTo("PATCH", FakeInteractions.TokenOf(id)));
        Assert.EndsWith("/messages/@original", edit.Path, StringComparison.Ordinal);
        Assert.Contains("Slow answer", edit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deferred_answer_that_cannot_finish_in_time_becomes_restarting_try_again()
    {
        var (id, stopped) = await DeferThenStopAsync();

        clock.Advance(AnswersInFlight.DrainFor);
        await stopped.WaitAsync(TimeSpan.FromSeconds(10));

        var token = FakeInteractions.TokenOf(id);
        Assert.Single(discord.RequestsTo("DELETE", token)); // the public "thinking…" goes
        var followUp = Assert.Single(discord.RequestsTo("POST", "/webhooks/" + FakeInteractions.ApplicationId + "/" + token));
        var data = followUp.Json();
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Contains(AnswersInFlight.RestartingText, JsonSerializer.Serialize(data), StringComparison.Ordinal);
    }
}
