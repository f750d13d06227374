using InsiderBot.Chat;
using InsiderBot.Cli;
using InsiderBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Tests;

/// <summary>
/// A platform that refuses a credential while the host is still starting (before the web server has bound) stops the
/// host mid-start: the bot still ends with the one configuration line's exit code 2, not an unhandled cancellation.
/// </summary>
public sealed class StartupRefusalTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly ClosedPort nowhere = new();

    public void Dispose()
    {
        nowhere.Dispose();
        temp.Dispose();
    }

    [Fact]
    public async Task A_credential_refused_before_the_web_server_binds_ends_the_bot_with_exit_code_2()
    {
        string[] args =
        [
            "--store", temp.File("store.db"), "--Web:Enabled=true", $"--Web:Urls={ListeningAddress.AnyPort}",
            "--Slack:Mode=http", "--Slack:BotToken=xoxb-refused", "--Slack:SigningSecret=refused-secret", $"--Slack:ApiBaseUrl=http://{nowhere.HostAndPort}/api/",
        ];
        var stderr = new StringWriter();

        var exit = await Program.RunAsync(args, new BotConsole(new StringReader(""), new StringWriter(), stderr), services => services.AddHostedService<RefusedWhileStarting>())
            .WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(BotExit.ConfigurationProblemCode, exit);
        Assert.DoesNotContain("TaskCanceledException", stderr.ToString(), StringComparison.Ordinal);
    }
}
