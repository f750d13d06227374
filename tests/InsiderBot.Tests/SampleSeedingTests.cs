using InsiderBot.Testing;

namespace InsiderBot.Tests;

public sealed class SampleSeedingTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("--Edgar:Enabled=true")]
    [InlineData("--Discord:Token=test-token", "--Discord:ApplicationId=123")]
    [InlineData("--Slack:BotToken=xoxb-test", "--Slack:AppToken=xapp-test")]
    public async Task CommandBeforeTheFirstPoll_InLiveMode_NeverSeedsTheSample(string liveSwitch, string? secondSwitch = null)
    {
        var store = temp.File("live.db");

        var (_, answer, _) = await BotRun.RunAsync(["ask", "/insiders TSLA", "--store", store, liveSwitch, secondSwitch ?? "--Edgar:UserAgent=Test Ops ops@example.com"]);
        var (_, status, _) = await BotRun.RunAsync(["ask", "/status", "--store", store]);

        Assert.DoesNotContain("Tesla", answer);
        Assert.Matches(@"Filings:\s+0\b", status);
    }

    [Fact]
    public async Task CommandWithNoPlatformAndNoLiveIngestion_SeedsTheSample()
    {
        var store = temp.File("demo.db");

        var (exit, answer, _) = await BotRun.RunAsync(["ask", "/insiders TSLA", "--store", store]);

        Assert.Equal(0, exit);
        Assert.Contains("TSLA — Tesla, Inc.", answer);
    }

    [Fact]
    public async Task Superinvestors_InTheDemo_ShowsTheBundled13FFilersHoldings()
    {
        var store = temp.File("demo13f.db");

        var (exit, answer, _) = await BotRun.RunAsync(["ask", "/superinvestors MSFT", "--store", store]);

        Assert.Equal(0, exit);
        Assert.Contains("Bard Financial Services, Inc. (demo 13F filer)", answer);
        Assert.Contains("LTS One Management LP (demo 13F filer)", answer);
        Assert.Contains("ACORN CREEK CAPITAL LLC (demo 13F filer)", answer);
        Assert.DoesNotContain("No 13F report", answer);
    }

    [Fact]
    public async Task Superinvestors_InLiveMode_NeverSeedsTheDemo13F()
    {
        var path = temp.File("live13f.db");

        var (_, answer, _) = await BotRun.RunAsync(["ask", "/superinvestors MSFT", "--store", path, "--Edgar:Enabled=true", "--Edgar:UserAgent=Test Ops ops@example.com"]);

        // The command's own answer from the empty live store, which knows no ticker before its first poll: not a crash.
        Assert.Equal("Unknown ticker MSFT.", answer.Trim());
        Assert.DoesNotContain("demo 13F filer", answer);
        using var store = new TestStore(path: path);
        Assert.Empty(store.Holdings.DemoManagers());
        Assert.Null(store.Holdings.LatestPeriod(1894188)); // LTS One, one of the bundled filers
    }
}
