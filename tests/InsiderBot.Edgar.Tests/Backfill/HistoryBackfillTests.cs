using InsiderBot.Edgar.Backfill;
using InsiderBot.Edgar.Http;
using InsiderBot.Edgar.Live;
using InsiderBot.Edgar.Tests.Support;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Store.Coverage;
using InsiderBot.Testing;

namespace InsiderBot.Edgar.Tests.Backfill;

public sealed class HistoryBackfillTests
{
    // The harness clock: Friday 2025-12-12, 18:00 Eastern — today's daily index is not built yet.
    private static readonly DateOnly Today = new(2025, 12, 12);

    [Fact]
    public async Task Backfill_PublishedQuarterFromItsDataSet_RestFromDailyIndexes_NoGapNothingFetchedTwice_CoverageRecorded()
    {
        using var folder = new TempDirectory();
        await using var h = await EdgarHarness.StartAsync(o => o.DataSetFolder = folder.File("datasets"));
        using var store = new TestStore();
        h.Fake.AddFile("/files/structureddata/data/insider-transactions-data-sets/2025q3_form345.zip", BackfillFixtures.DataSetZip(folder, LiveHarness.Filings.Take(20).ToList()));
        var daily = BackfillFixtures.PublishBusinessDays(h.Fake, new DateOnly(2025, 10, 1), Today.AddDays(-1));
        var backfill = BackfillFixtures.NewBackfill(h, store);

        var report = await backfill.RunAsync(new DateOnly(2025, 7, 1), Today, _ => null, null, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Null(report.Problem);
        Assert.Equal([20], report.DataSets.Select(d => d.Import.FilingsImported));
        Assert.Equal(daily.Count, report.Filings);
        Assert.All(daily, f => Assert.True(store.Store.HasFiling(f.Accession), f.Accession));
        Assert.All(daily, f => Assert.Equal(1, h.Fake.CountRequests(f.Accession + ".txt")));
        Assert.Equal(0, h.Fake.CountRequests("2025q4_form345.zip")); // the current quarter has no data set: straight to the indexes
        Assert.Equal(0, h.Fake.CountRequests("form.2025093")); // Q3's days came from its data set
        var span = Assert.Single(store.Store.Coverage().Market);
        Assert.Equal((new DateOnly(2025, 7, 1), Today.AddDays(-1)), (span.From, span.To)); // today's index is not built yet
        Assert.Equal([CoverageSources.DataSets, CoverageSources.DailyIndexes], span.Sources);
        Assert.True(h.Fake.MostRequestsWithin(TimeSpan.FromSeconds(1)) <= h.Options.MaxRequestsPerSecond);
        Assert.Equal(0, h.Fake.Refused);

        var before = h.Fake.Requests.Count;
        var again = await backfill.RunAsync(new DateOnly(2025, 7, 1), Today, _ => null, null, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(0, again.Filings);
        Assert.Empty(again.DataSets);
        Assert.Equal(["/Archives/edgar/daily-index/2025/QTR4/form.20251212.idx"], h.Fake.Requests.Skip(before).Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task Backfill_EdgarFailingMidWalk_StopsThere_AndTheRerunFillsOnlyTheRest()
    {
        using var folder = new TempDirectory();
        await using var h = await EdgarHarness.StartAsync(o => o.DataSetFolder = folder.File("datasets"));
        using var store = new TestStore();
        var daily = BackfillFixtures.PublishBusinessDays(h.Fake, new DateOnly(2025, 11, 3), new DateOnly(2025, 11, 28));
        var failing = daily[daily.Count / 2];
        h.Fake.Inject(failing.Accession + ".txt", FakeFault.ServiceUnavailable, times: h.Options.MaxAttempts);
        var backfill = BackfillFixtures.NewBackfill(h, store);

        var first = await backfill.RunAsync(new DateOnly(2025, 11, 3), new DateOnly(2025, 11, 28), _ => null, null, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));
        var coveredAfterFailure = Assert.Single(store.Store.Coverage().Market);
        var second = await backfill.RunAsync(new DateOnly(2025, 11, 3), new DateOnly(2025, 11, 28), _ => null, null, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.NotNull(first.Problem);
        Assert.True(coveredAfterFailure.To < failing.TradeDay, "the failing day is not covered");
        Assert.Null(second.Problem);
        Assert.Equal(daily.Count, first.Filings + second.Filings);
        Assert.All(daily.Where(f => f != failing), f => Assert.Equal(1, h.Fake.Requests.Count(r => r.PathAndQuery.Contains(f.Accession + ".txt", StringComparison.Ordinal) && r.Status == 200)));
        var span = Assert.Single(store.Store.Coverage().Market);
        Assert.Equal((new DateOnly(2025, 11, 3), new DateOnly(2025, 11, 28)), (span.From, span.To));
    }

    [Fact]
    public async Task FakeEdgar_IsAsStrictAsEdgar_NoUserAgentIs403_AndADayWithoutAnIndexIs404()
    {
        await using var h = await EdgarHarness.StartAsync();
        h.Fake.PublishDailyIndex(new DateOnly(2025, 12, 5), []);
        using var http = new HttpClient();

        using var anonymous = await http.GetAsync(new Uri(h.Fake.BaseUrl, DailyFormIndex.PathOf(new DateOnly(2025, 12, 5)).TrimStart('/')));
        var saturday = await h.Client.GetAsync(h.Client.Www(DailyFormIndex.PathOf(new DateOnly(2025, 12, 6))), EdgarBody.Index, CancellationToken.None);
        var friday = await h.Client.GetAsync(h.Client.Www(DailyFormIndex.PathOf(new DateOnly(2025, 12, 5))), EdgarBody.Index, CancellationToken.None);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Equal(EdgarOutcome.NotFound, saturday.Outcome);
        Assert.Equal(EdgarOutcome.Ok, friday.Outcome);
    }

    [Theory]
    [InlineData("--from 2023q1 --to now", "2023-01-01", "2025-12-12")]
    [InlineData("--from 2023q1 --to 2024q4", "2023-01-01", "2024-12-31")]
    [InlineData("--from 2023q2", "2023-04-01", "2023-06-30")]
    [InlineData("--from 2025-10-15", "2025-10-15", "2025-12-12")]
    [InlineData("--days 120", "2025-08-15", "2025-12-12")]
    public void Range_ReadsQuartersDatesNowAndDays(string arguments, string from, string to)
    {
        var range = BackfillRange.Parse(arguments.Split(' '), Today);

        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), range);
    }
}
