using InsiderBot.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InsiderBot.Tests;

/// <summary>Runs the real bot in-process with its own streams and a fake clock, as a user would from the shell.</summary>
internal static class BotRun
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string[] args, string input = "", DateTimeOffset? now = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var clock = new FakeTimeProvider(now ?? new DateTimeOffset(2022, 12, 20, 15, 0, 0, TimeSpan.Zero));
        var exit = await Program.RunAsync(args, new BotConsole(new StringReader(input), stdout, stderr), services => services.AddSingleton<TimeProvider>(clock))
            .WaitAsync(TimeSpan.FromMinutes(2));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
