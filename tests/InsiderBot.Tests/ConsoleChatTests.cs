using InsiderBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Tests;

public sealed class ConsoleChatTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Chat_AnswersTypedCommandsUntilQuit()
    {
        var store = seeded.Copy(temp);

        var (exit, output, _) = await BotRun.RunAsync(["--store", store], "/explain P\n\ninsiders TSLA 30\n/bogus\n/quit\n/explain S\n");

        Assert.Equal(0, exit);
        Assert.Contains($"Store: {store}", output);
        Assert.Matches(@"Tickers it holds include: [A-Z]+(, [A-Z]+)+", output);
        Assert.Contains("P — Open-market purchase", output);
        Assert.Contains("TSLA — Tesla, Inc.: insider trades, last 30 days", output);
        Assert.Contains("Unknown command /bogus.", output);
        Assert.DoesNotContain("S — Open-market sale", output); // after /quit nothing more is read
        Assert.EndsWith("Bye." + Environment.NewLine, output);
    }

    [Fact]
    public async Task Chat_KeepsHostLogNoiseOutOfTheConversation()
    {
        var logs = new CapturedLogs();

        var exit = await Program.RunAsync(["--store", seeded.Copy(temp)],
            new Cli.BotConsole(new StringReader("/explain P\n"), new StringWriter(), new StringWriter()),
            services => services.AddSingleton<ILoggerProvider>(logs));

        Assert.Equal(0, exit);
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Information", StringComparison.Ordinal) || l.StartsWith("Warning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chat_EndOfInput_Leaves()
    {
        var (exit, output, _) = await BotRun.RunAsync(["--store", seeded.Copy(temp)], "/explain G");

        Assert.Equal(0, exit);
        Assert.Contains("G — Gift", output);
        Assert.EndsWith("Bye." + Environment.NewLine, output);
    }

    [Fact]
    public async Task Chat_OnAnEmptyStore_SeedsTheBundledFilingsFirst()
    {
        var store = Path.Combine(temp.Path, "fresh", "bot.db");

        var (_, output, _) = await BotRun.RunAsync(["--store", store], "/quit\n");

        Assert.True(File.Exists(store));
        Assert.Matches(@"Store: .*bot\.db — 44\d filings", output);
    }
}
