using InsiderBot.Cli;
using InsiderBot.Fakes.Discord;
using InsiderBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Tests;

/// <summary>The whole bot (<c>run</c>) against a Discord that rejects the token: it must end, with exit code 2, not loop.</summary>
public sealed class RejectedCredentialTests
{
    [Fact]
    public async Task A_rejected_discord_token_ends_the_run_with_exit_code_2()
    {
        using var folder = new TempDirectory();
        var clock = new TestClock();
        await using var discord = await FakeDiscord.StartAsync(clock);
        string[] args =
        [
            "run", "--store", folder.File("store.db"), "--Store:SeedSampleData=false",
            "--Discord:Token=rejected-token", "--Discord:ApplicationId=" + FakeInteractions.ApplicationId,
            "--Discord:ApiBaseUrl=" + discord.ApiBaseUrl, "--Discord:GatewayUrl=" + discord.GatewayUrl,
        ];
        var console = new BotConsole(new StringReader(""), new StringWriter(), new StringWriter());
        var run = Program.RunAsync(args, console, services => services.AddSingleton<TimeProvider>(clock));

        var connection = await discord.Gateway.NextConnectionAsync();
        await connection.HelloAsync(10_000);
        await connection.ReceiveOpAsync(2);
        await connection.CloseAsync(4004, "Authentication failed.");

        Assert.Equal(2, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, discord.Gateway.ConnectionCount);
    }
}
