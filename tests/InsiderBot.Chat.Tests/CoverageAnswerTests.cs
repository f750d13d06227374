using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Replies;
using InsiderBot.Store.Coverage;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Chat.Tests;

public sealed class CoverageAnswerTests : IDisposable
{
    private static readonly DateOnly Today = new(2024, 12, 20);
    private readonly TestStore t = new(new DateTimeOffset(2024, 12, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly ChatCommandRouter router;
    private readonly DirectorFilings filings = new("0009999999");

    public CoverageAnswerTests()
    {
        router = new ChatCommandRouter(
            [new InsidersCommand(t.Store, t.Seeder, t.Time, drawChart: false), new ClustersCommand(t.Store, t.Seeder, t.Time), new StatusCommand(t.Store, [], t.Time)],
            NullLogger<ChatCommandRouter>.Instance);
        t.Store.SetMeta(Store.InsiderStore.SampleSeededKey, "store already held data"); // a production store: never seeded
    }

    public void Dispose() => t.Dispose();

    private async Task<string> Ask(string command) => Fields(PlainTextRenderer.Render(await router.ExecuteAsync(command, ChatOrigin.Console)));

    // "Coverage:      market …" as "Coverage: market …": the renderer aligns field values.
    private static string Fields(string text) => System.Text.RegularExpressions.Regex.Replace(text, @":[ ]{2,}", ": ");

    [Fact]
    public async Task Insiders_WindowReachingBeforeCoveredHistory_SaysWhereHistoryStarts()
    {
        t.Store.Ingest(filings.Buy(77, 4242, new DateOnly(2024, 12, 10)));
        t.Store.MarkMarketCovered(new DateOnly(2024, 11, 1), Today, CoverageSources.LiveFeed);

        var wide = await Ask("/insiders C77 90");
        var narrow = await Ask("/insiders C77 30");

        Assert.Contains("This store's history for C77 starts 2024-11-01; older trades are not in it — run backfill --from 2024-09-21 --to now.", wide);
        Assert.DoesNotContain("history for C77 starts", narrow);
    }

    [Fact]
    public async Task Insiders_QuietWindowBeforeCoveredHistory_SaysSoInsteadOfImplyingNothingHappened()
    {
        t.Store.Ingest(filings.Buy(77, 4242, new DateOnly(2023, 1, 10)));
        t.Store.MarkMarketCovered(new DateOnly(2024, 12, 1), Today, CoverageSources.LiveFeed);

        var answer = await Ask("/insiders C77 90");

        Assert.Contains("No insider trades in the last 90 days.", answer);
        Assert.Contains("This store's history for C77 starts 2024-12-01", answer);
    }

    [Fact]
    public async Task Insiders_CompanyHistoryFetchedFurtherBack_CoversTheWindowAndStatusNamesIt()
    {
        t.Store.Ingest(filings.Buy(77, 4242, new DateOnly(2024, 12, 10)));
        t.Store.MarkMarketCovered(new DateOnly(2024, 11, 1), Today, CoverageSources.LiveFeed);
        t.Store.MarkCompanyCovered(77, new DateOnly(2019, 1, 2), new DateOnly(2024, 11, 5), CoverageSources.CompanySubmissions);

        var answer = await Ask("/insiders C77 1500");
        var status = await Ask("/status");

        Assert.DoesNotContain("history for C77 starts", answer);
        Assert.Contains("Coverage: market complete 2024-11-01 → now (live feed); C77 from 2019-01-02", status);
    }

    [Fact]
    public async Task Status_MergesAdjoiningStretchesOfDifferentSources_AndShowsAGap()
    {
        t.Store.MarkMarketCovered(new DateOnly(2023, 1, 1), new DateOnly(2023, 3, 31), CoverageSources.DataSets);
        t.Store.MarkMarketCovered(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31), CoverageSources.DataSets);
        t.Store.MarkMarketCovered(new DateOnly(2024, 4, 1), new DateOnly(2024, 12, 10), CoverageSources.DailyIndexes);
        t.Store.MarkMarketCovered(new DateOnly(2024, 12, 10), new DateOnly(2024, 12, 18), CoverageSources.LiveFeed);

        var status = await Ask("/status");
        var clusters = await Ask("/clusters 30");

        Assert.Contains("Coverage: market complete 2023-01-01 → 2023-03-31, 2024-01-01 → now (data sets, daily indexes, live feed)", status);
        Assert.DoesNotContain("history", clusters);
    }

    [Fact]
    public async Task Answers_HistoricalStretchOnly_SayTheWindowIsNotCovered()
    {
        t.Store.Ingest(filings.Buy(77, 4242, new DateOnly(2023, 2, 10)));
        t.Store.MarkMarketCovered(new DateOnly(2023, 1, 1), new DateOnly(2023, 3, 31), CoverageSources.DataSets);

        var answer = await Ask("/clusters 30");

        Assert.Contains("This store's history does not cover 2024-11-20 → 2024-12-20 for the market (it covers 2023-01-01 → 2023-03-31); trades may be missing", answer);
    }

    [Fact]
    public async Task Answers_StoreWithoutCoverageRecords_SayCoverageIsUnknown()
    {
        t.Store.Ingest(filings.Buy(77, 4242, new DateOnly(2024, 12, 10)));

        var answer = await Ask("/insiders C77 30");
        var status = await Ask("/status");

        Assert.Contains("Coverage unknown: this store records no coverage of its history", answer);
        Assert.Contains("Coverage: unknown: this store records no coverage", status);
    }

    [Fact]
    public async Task Answers_SampleOnlyStore_SayItHoldsTheSampleNotTheMarket()
    {
        using var sample = new TestStore(new DateTimeOffset(2022, 12, 20, 12, 0, 0, TimeSpan.Zero));
        var sampleRouter = new ChatCommandRouter([new InsidersCommand(sample.Store, sample.Seeder, sample.Time, drawChart: false), new StatusCommand(sample.Store, [], sample.Time)], NullLogger<ChatCommandRouter>.Instance);

        var answer = PlainTextRenderer.Render(await sampleRouter.ExecuteAsync("/insiders TSLA 30", ChatOrigin.Console));
        var status = Fields(PlainTextRenderer.Render(await sampleRouter.ExecuteAsync("/status", ChatOrigin.Console)));

        Assert.Contains("This store holds only the bundled sample filings, not the market", answer);
        Assert.Contains("Coverage: the bundled sample only", status);
        Assert.Contains("Sample data: this store holds the bundled demo filings", status);
    }
}
