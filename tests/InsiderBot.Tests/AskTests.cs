using InsiderBot.Testing;

namespace InsiderBot.Tests;

public sealed class AskTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private Task<(int ExitCode, string Out, string Error)> Ask(string command, DateTimeOffset? now = null) =>
        BotRun.RunAsync(["ask", command, "--store", seeded.Copy(temp)], now: now);

    [Fact]
    public async Task Insiders_AnswersWithClassifiedTradesAndTheirReading()
    {
        var (exit, output, _) = await Ask("/insiders TSLA 30");

        Assert.Equal(0, exit);
        Assert.Contains("TSLA — Tesla, Inc.: insider trades, last 30 days", output);
        Assert.Contains("2022-12-14 (6 days ago) · Musk Elon (CEO, Director, 10% owner) · S Open-market sale", output);
        Assert.Contains("6.9 million shares at avg $158.37 ($156.14–$161.52, 7 lots) = $1.1B", output);
        Assert.Contains("Discretionary sale by the CEO", output);
        Assert.Contains("Discretionary selling: $3.6B by 1 insider", output);
    }

    [Fact]
    public async Task Insiders_QuietWindow_SaysSoAndGivesTheLatestActivity()
    {
        var (exit, output, _) = await Ask("/insiders TSLA", new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(0, exit);
        Assert.Contains("No insider trades in the last 90 days. Latest stored activity: 2023-03-08 (3 years ago).", output);
    }

    [Fact]
    public async Task Insiders_UnknownTicker_ExitsOneAndSuggestsCloseMatches()
    {
        var (exit, output, _) = await Ask("/insiders TSLL");

        Assert.Equal(1, exit);
        Assert.StartsWith("Unknown ticker TSLL. Close matches: TSLA (Tesla, Inc.)", output);
    }

    [Theory]
    [InlineData("/insiders AAPL!", "'AAPL!' is not a ticker: a ticker is 1 to 10 letters or digits")]
    [InlineData("/insiders TSLA 0", "days must be a whole number from 1 to 3650")]
    [InlineData("/insiders", "Name a ticker: /insiders TICKER [days | from:YYYY-MM-DD to:YYYY-MM-DD]")]
    [InlineData("/explain Q", "Unknown transaction code 'Q'. Valid codes: P, S, V, A, D, F, I, M, C, E, H, O, X, G, L, W, Z, J, K, U.")]
    [InlineData("/frobnicate", "Unknown command /frobnicate.")]
    public async Task BadInput_ExitsOneWithAOneLineAnswerThatSaysWhatWouldWork(string command, string expected)
    {
        var (exit, output, _) = await Ask(command);

        Assert.Equal(1, exit);
        Assert.StartsWith(expected, output);
        Assert.Single(output.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("/explain p", "P — Open-market purchase", "Yes — bullish")]
    [InlineData("/explain S", "S — Open-market sale", "Weak — needs context")]
    [InlineData("/explain F", "F — Tax withholding", "No — mechanical or compensation")]
    [InlineData("/explain", "Form 4 transaction codes", "Z     Voting trust")]
    public async Task Explain_AnswersEveryCodeCaseInsensitively(string command, string title, string signal)
    {
        var (exit, output, _) = await Ask(command);

        Assert.Equal(0, exit);
        Assert.StartsWith(title, output);
        Assert.Contains(signal, output);
    }

    [Fact]
    public async Task Help_ListsTheCommands()
    {
        var (exit, output, _) = await Ask("/help");

        Assert.Equal(0, exit);
        Assert.Contains("/insiders TICKER [days]", output);
        Assert.Contains("/explain [code]", output);
    }

    [Fact]
    public async Task Status_ReportsTheStoreAndTheAlertDispatcher()
    {
        // Resolving /status builds every status contributor (the dispatcher, EDGAR ingestion): a dependency cycle would hang here.
        var (exit, output, _) = await Ask("/status").WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, exit);
        Assert.Matches(@"Filings:\s+44\d", output);
        Assert.Contains("Alerts posted since start: 0", output);
        Assert.Contains("Paused channels", output);
    }

    [Fact]
    public void Seeding_TellsTheStoreAboutEveryBundledFiling() =>
        Assert.Matches(@"Filings:\s+44\d", seeded.SeedOutput);
}
