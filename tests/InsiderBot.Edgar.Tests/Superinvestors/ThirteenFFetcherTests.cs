using System.Text;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using static InsiderBot.Edgar.Tests.Superinvestors.ThirteenFHarness;

namespace InsiderBot.Edgar.Tests.Superinvestors;

public sealed class ThirteenFFetcherTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task FirstPass_StoresTheLatestTwoQuartersPerManager_FromTheirFilingFolders()
    {
        await using var h = await StartAsync();

        var report = await h.Fetcher.FetchOnceAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.Equal((2, 3, 0, 0), (report.Managers, report.Stored, report.UpToDate, report.Problems));
        Assert.Equal(BerkshireQ4, h.Holdings.StoredAccession(Berkshire, new DateOnly(2022, 12, 31)));
        Assert.Equal(BerkshireQ3, h.Holdings.StoredAccession(Berkshire, new DateOnly(2022, 9, 30)));
        Assert.Null(h.Holdings.StoredAccession(Berkshire, new DateOnly(2022, 6, 30)));
        Assert.Equal(0, h.Requests(Folder(Berkshire, BerkshireQ2)));
        Assert.Equal(LtsOneQ3, h.Holdings.StoredAccession(LtsOne, new DateOnly(2023, 9, 30)));
        Assert.Equal(1, h.Requests("/submissions/CIK0001067983.json"));
        Assert.All(h.Edgar.Fake.Requests, r => Assert.Equal(Support.EdgarHarness.UserAgent, r.UserAgent));
        Assert.True(h.Edgar.Fake.MostRequestsWithin(TimeSpan.FromSeconds(1)) <= h.Edgar.Options.MaxRequestsPerSecond);

        // What /superinvestors reads: Berkshire's Apple position against the quarter before.
        var apple = Assert.Single(h.Tracker.PositionsIn("AAPL", "Apple Inc."));
        Assert.Equal((895_136_175m, 894_802_319m, PositionChange.Added), (apple.Current!.Amount, apple.Previous!.Amount, apple.Change));
    }

    [Fact]
    public async Task AnAmendmentThatOnlyAddsHoldings_IsSetAside_AndTheFullReportStays()
    {
        await using var h = await StartAsync();

        await h.Fetcher.FetchOnceAsync(CancellationToken.None).WaitAsync(Bound);
        await h.Fetcher.FetchOnceAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(BerkshireQ4, h.Holdings.StoredAccession(Berkshire, new DateOnly(2022, 12, 31)));
        Assert.Equal(1, h.Requests(Folder(Berkshire, BerkshireQ4NewHoldings) + "primary_doc.xml"));
        Assert.Equal(0, h.Requests(Folder(Berkshire, BerkshireQ4NewHoldings) + "46994.xml"));
    }

    [Fact]
    public async Task ASecondPass_FetchesNoFilingFolder_WhenEveryQuarterIsStored()
    {
        await using var h = await StartAsync();
        await h.Fetcher.FetchOnceAsync(CancellationToken.None).WaitAsync(Bound);
        var archiveRequests = h.Requests("/Archives/");

        var report = await h.Fetcher.FetchOnceAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.Equal((0, 3, 0), (report.Stored, report.UpToDate, report.Problems));
        Assert.Equal(archiveRequests, h.Requests("/Archives/"));
        Assert.Equal(2, h.Requests("/submissions/CIK0001067983.json"));
    }

    [Fact]
    public async Task ARestatingAmendmentFiledLater_ReplacesTheStoredQuarter()
    {
        await using var h = await StartAsync();
        await h.Fetcher.FetchOnceAsync(CancellationToken.None).WaitAsync(Bound);
        const string restated = "0000950123-23-004242";
        h.AddBerkshire(restated, "13F-HR/A", new DateOnly(2023, 3, 1), new DateOnly(2022, 12, 31),
            Encoding.UTF8.GetBytes(Table(AppleCusip, "APPLE INC", 111_000_000_000, 900_000_000)), Cover("13F-HR/A", "RESTATEMENT"));
        h.PublishBerkshire();

        var report = await h.Fetcher.FetchOnceAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(1, report.Stored);
        Assert.Equal(restated, h.Holdings.StoredAccession(Berkshire, new DateOnly(2022, 12, 31)));
        Assert.Equal(900_000_000m, Assert.Single(h.Tracker.PositionsIn("AAPL", "Apple Inc.")).Current!.Amount);
    }

    [Fact]
    public async Task AManagerWhoseHistoryIsMissing_CountsAsAProblem_AndTheOthersAreStillFetched()
    {
        await using var h = await StartAsync();
        h.Edgar.Fake.Inject("/submissions/CIK0001067983.json", Fakes.Edgar.FakeFault.Malformed, times: h.Edgar.Options.MaxAttempts);

        var report = await h.Fetcher.FetchOnceAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.Equal((1, 1), (report.Stored, report.Problems));
        Assert.Equal(LtsOneQ3, h.Holdings.StoredAccession(LtsOne, new DateOnly(2023, 9, 30)));
    }

    [Fact]
    public async Task TheDemoStoresOwn13FFilers_AreNeverFetched_OnlyTheConfiguredManagers()
    {
        await using var h = await StartAsync();
        h.Holdings.AddDemoManager(new TrackedManager { Cik = 1994827, Name = "ACORN CREEK CAPITAL LLC (demo 13F filer)" });

        var report = await h.Fetcher.FetchOnceAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.Equal((2, 0), (report.Managers, report.Problems));
        Assert.Equal(0, h.Requests("/submissions/CIK0001994827.json"));
    }
}
