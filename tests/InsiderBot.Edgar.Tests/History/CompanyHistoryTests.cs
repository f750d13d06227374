using System.Globalization;
using InsiderBot.Chat;
using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Replies;
using InsiderBot.Edgar.History;
using InsiderBot.Edgar.Tests.Support;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Filings;
using InsiderBot.Store.Coverage;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Edgar.Tests.History;

/// <summary>
/// A company the store's market coverage does not reach: its own Form 4s come from EDGAR's per-company submissions
/// list (the newest page and the older page it names), newest first, bounded before the answer, the rest in the
/// background, with the company's covered range recorded as far back as it is complete.
/// </summary>
public sealed class CompanyHistoryTests
{
    private const long Issuer = 7_770_001;
    private const string Ticker = "ONDM";

    // The harness clock: Friday 2025-12-12, 18:00 Eastern.
    private static readonly DateOnly Today = new(2025, 12, 12);
    private static readonly DateOnly From = Today.AddDays(-200);

    [Fact]
    public async Task Fill_StoresTheNewestWithinItsBudget_CoversBackToTheFirstLeft_AndTheBackgroundFinishesTheRest()
    {
        await using var h = await EdgarHarness.StartAsync();
        using var t = new TestStore(now: h.Time.GetUtcNow());
        var history = Publish(h.Fake, 30);
        var backlog = new CompanyHistoryBacklog();
        var fetcher = Fetcher(h, t, backlog, budget: 10);

        var first = await fetcher.FillAsync(Issuer, From, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        var newestFirst = history.OrderByDescending(f => f.Filed).ThenByDescending(f => f.Filing.Accession, StringComparer.Ordinal).ToList();
        Assert.Equal((10, 20, null), (first.Stored, first.Remaining, first.Problem));
        Assert.All(newestFirst.Take(10), f => Assert.True(t.Store.HasFiling(f.Filing.Accession)));
        Assert.All(newestFirst.Skip(10), f => Assert.False(t.Store.HasFiling(f.Filing.Accession)));
        Assert.Equal(newestFirst[10].Filed.AddDays(1), first.CoveredFrom);
        var span = Assert.Single(t.Store.Coverage().For(Issuer));
        Assert.Equal((newestFirst[10].Filed.AddDays(1), Today), (span.From, span.To));
        Assert.Empty(t.Store.Coverage().Market); // one company's history is not the market's

        // What the answer did not wait for is queued, and finishing it fetches only the rest.
        await using var queued = backlog.ReadAllAsync(CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await queued.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal((Issuer, From), queued.Current);
        var rest = await fetcher.FillAsync(Issuer, From, int.MaxValue, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal((20, 0, From), (rest.Stored, rest.Remaining, rest.CoveredFrom));
        Assert.All(history, f => Assert.Equal(1, h.Fake.CountRequests(f.Filing.Accession + ".txt")));
        Assert.True(h.Fake.CountRequests("-submissions-001.json") >= 1, "the older page was read");
        Assert.DoesNotContain(h.Fake.Requests, r => r.PathAndQuery.Contains("-9", StringComparison.Ordinal) && r.PathAndQuery.EndsWith(".txt", StringComparison.Ordinal)); // no 8-K or 10-Q fetched
        Assert.Equal((From, Today), (t.Store.Coverage().For(Issuer)[0].From, t.Store.Coverage().For(Issuer)[0].To));
        Assert.Null(t.Store.Coverage().Check(Issuer, From, Today));
        Assert.True(h.Fake.MostRequestsWithin(TimeSpan.FromSeconds(1)) <= h.Options.MaxRequestsPerSecond);
    }

    [Fact]
    public async Task Fill_WithEdgarFailingOnAFiling_StopsThere_CoversOnlyWhatIsComplete_AndTheNextAskResumes()
    {
        await using var h = await EdgarHarness.StartAsync();
        using var t = new TestStore(now: h.Time.GetUtcNow());
        var newestFirst = Publish(h.Fake, 12).OrderByDescending(f => f.Filed).ThenByDescending(f => f.Filing.Accession, StringComparer.Ordinal).ToList();
        var failing = newestFirst[4];
        h.Fake.Inject(failing.Filing.Accession + ".txt", FakeFault.ServiceUnavailable, times: h.Options.MaxAttempts);
        var backlog = new CompanyHistoryBacklog();
        var fetcher = Fetcher(h, t, backlog, budget: 40);

        var first = await fetcher.FillAsync(Issuer, From, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));
        var second = await fetcher.FillAsync(Issuer, From, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.NotNull(first.Problem);
        Assert.Equal(4, first.Stored);
        Assert.Equal(failing.Filed.AddDays(1), first.CoveredFrom);
        Assert.Equal((8, 0, From, null), (second.Stored, second.Remaining, second.CoveredFrom, second.Problem));
        Assert.All(newestFirst, f => Assert.Equal(1, h.Fake.Requests.Count(r => r.PathAndQuery.EndsWith(f.Filing.Accession + ".txt", StringComparison.Ordinal) && r.Status == 200)));
        Assert.Null(t.Store.Coverage().Check(Issuer, From, Today));
    }

    [Fact]
    public async Task Insiders_OnACompanyTheStoreDoesNotCover_FetchesItsHistoryFirst_AndSaysWhatIsStillComing()
    {
        await using var h = await EdgarHarness.StartAsync();
        using var t = new TestStore(now: h.Time.GetUtcNow());
        t.Options.Value.SeedSampleData = false;
        t.Store.ImportTickerMap([(Ticker, Issuer, "Ondemand Corp")]);
        var history = Publish(h.Fake, 25);
        var backlog = new CompanyHistoryBacklog();
        var fetcher = Fetcher(h, t, backlog, budget: 10);
        var router = new ChatCommandRouter([new InsidersCommand(t.Store, t.Seeder, h.Time, drawChart: false, history: fetcher)], NullLogger<ChatCommandRouter>.Instance);

        // Without the fetch, this store could only say that nothing happened.
        var quiet = await new ChatCommandRouter([new InsidersCommand(t.Store, t.Seeder, h.Time, drawChart: false)], NullLogger<ChatCommandRouter>.Instance)
            .ExecuteAsync($"/insiders {Ticker} 200", ChatOrigin.Console, CancellationToken.None);
        Assert.Contains("No insider trades in the last 200 days", PlainTextRenderer.Render(quiet));

        var first = PlainTextRenderer.Render(await router.ExecuteAsync($"/insiders {Ticker} 200", ChatOrigin.Console, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1)));

        Assert.Contains("10 trades", first);
        Assert.Contains("15 older filing(s) are being fetched from EDGAR", first);
        Assert.Equal(10, history.Count(f => t.Store.HasFiling(f.Filing.Accession)));

        await fetcher.FillAsync(Issuer, From, int.MaxValue, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));
        var complete = PlainTextRenderer.Render(await router.ExecuteAsync($"/insiders {Ticker} 200", ChatOrigin.Console, CancellationToken.None));

        Assert.Contains("25 trades", complete);
        Assert.DoesNotContain("being fetched", complete);
        Assert.DoesNotContain("history for", complete); // covered now: no coverage line
        Assert.Equal(history.Count, history.Count(f => h.Fake.CountRequests(f.Filing.Accession + ".txt") == 1));
    }

    private static CompanyHistoryFetcher Fetcher(EdgarHarness h, TestStore t, CompanyHistoryBacklog backlog, int budget) =>
        new(h.Client, t.Store, new FilingDocumentReader(), backlog, Microsoft.Extensions.Options.Options.Create(new HistoryOptions { OnDemandMaxFilings = budget }),
            h.Time, NullLogger<CompanyHistoryFetcher>.Instance);

    /// <summary>n Form 4s by different directors, one every 5 days back from yesterday, each filed the day after its trade; 8 on the first page.</summary>
    private static List<(SyntheticFiling Filing, DateOnly Filed)> Publish(FakeEdgar fake, int n)
    {
        var filed = Enumerable.Range(0, n).Select(i =>
        {
            var trade = Today.AddDays(-2 - (5 * i));
            var filing = new SyntheticFiling(
                SyntheticFiling.AccessionOf(i + 1, 25), Issuer, "Ondemand Corp", Ticker, 7_780_000 + i,
                string.Create(CultureInfo.InvariantCulture, $"Director {i:00}"), trade, new DateTimeOffset(trade.AddDays(1).ToDateTime(new TimeOnly(21, 0)), TimeSpan.Zero));
            return (filing, trade.AddDays(1));
        }).ToList();
        fake.PublishCompanyHistory(Issuer, "Ondemand Corp", filed, recent: 8);
        return filed;
    }
}
