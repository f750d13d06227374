using InsiderBot.Cli;
using InsiderBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Tests;

/// <summary>Tokens and signing secrets never reach a log line, even when every platform call fails and is logged.</summary>
public sealed class SecretsTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private sealed class StopWhen(IHostApplicationLifetime lifetime, Task condition) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await condition.WaitAsync(TimeSpan.FromMinutes(1), stoppingToken);
            lifetime.StopApplication();
        }
    }

    [Fact]
    public async Task Secrets_NeverReachTheLogs_WhenThePlatformsAreUnreachable()
    {
        string[] secrets = ["DiscordTokenSecret-9f8e7d6c", "xoxb-SlackBotSecret-1a2b3c", "xapp-SlackAppSecret-4d5e6f", "SlackSigningSecret-7a8b9c"];
        using var closed = new ClosedPort();
        var nowhere = closed.HostAndPort;
        var logs = new CapturedLogs();
        string[] args =
        [
            "--store", temp.File("s.db"),
            $"--Discord:Token={secrets[0]}", "--Discord:ApplicationId=1234567890",
            $"--Discord:ApiBaseUrl=http://{nowhere}/api/v10", $"--Discord:GatewayUrl=ws://{nowhere}",
            $"--Slack:BotToken={secrets[1]}", $"--Slack:AppToken={secrets[2]}", $"--Slack:SigningSecret={secrets[3]}",
            $"--Slack:ApiBaseUrl=http://{nowhere}/api",
        ];

        var exit = await Program.RunAsync(args, new BotConsole(new StringReader(""), new StringWriter(), new StringWriter()), services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddHostedService(sp => new StopWhen(sp.GetRequiredService<IHostApplicationLifetime>(), logs.WarningsAsync(3)));
        }).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(0, exit);
        Assert.True(logs.Lines.Count(l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal)) >= 3, logs.Text);
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, logs.Text, StringComparison.Ordinal));
        Assert.All(secrets, secret => Assert.DoesNotContain(secret[^8..], logs.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadConfiguration_NamesTheKeyWithoutEchoingTheSecret()
    {
        var stderr = new StringWriter();

        var exit = await Program.RunAsync(
            ["--store", temp.File("c.db"), "--Discord:Token=DiscordTokenSecret-0000", "--Discord:Mode=carrier-pigeon"],
            new BotConsole(new StringReader(""), new StringWriter(), stderr));

        Assert.Equal(2, exit);
        Assert.Contains("Discord:", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("DiscordTokenSecret-0000", stderr.ToString(), StringComparison.Ordinal);
    }
}
