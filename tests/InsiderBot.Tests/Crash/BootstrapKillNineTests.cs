using System.Globalization;
using System.Text;
using InsiderBot.Edgar.Live;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Filings;
using InsiderBot.Testing;

namespace InsiderBot.Tests.Crash;

/// <summary>
/// A live deployment's history bootstrap, SIGKILLed ten times at random moments of its walk (the real bot as a child
/// process against the fake EDGAR), loses no filing and leaves no gap: each restart resumes from the days already
/// covered, and at most the one filing in flight at a kill is fetched again.
/// </summary>
public sealed class BootstrapKillNineTests(Xunit.Abstractions.ITestOutputHelper log) : IAsyncLifetime
{
    private readonly TempDirectory temp = new();
    private readonly StringBuilder output = new();
    private FakeEdgar edgar = null!;

    private string StorePath => temp.File("store.db");

    public async Task InitializeAsync() => edgar = await FakeEdgar.StartAsync(TimeProvider.System);

    [Fact]
    public async Task KilledTenTimesMidBootstrap_EveryFilingStoredOnce_NoGap()
    {
        var today = EasternTime.Today(TimeProvider.System);
        var target = today.AddYears(-1);
        var published = Publish(today);
        var random = new Random(20261205);

        try
        {
            for (var run = 1; run <= 10; run++) await RunAndKillAsync(run, random.Next(3, 40));

            // Then a backfill over the same year finishes what the killed runs left, as the next start would.
            using var finish = BotProcess.Start([
                "backfill", "--from", target.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--to", "now", .. Switches()], output, 11);
            await finish.WaitForExitAsync();
            Assert.Equal(0, finish.ExitCode);
        }
        finally
        {
            lock (output) log.WriteLine(output.ToString());
        }

        using var store = new TestStore(path: StorePath);
        Assert.All(published, f => Assert.True(store.Store.HasFiling(f.Accession), f.Accession));
        var fetches = published.Select(f => edgar.Requests.Count(r => r.PathAndQuery.EndsWith(f.Accession + ".txt", StringComparison.Ordinal) && r.Status == 200)).ToList();
        Assert.All(fetches, n => Assert.InRange(n, 1, 2));
        Assert.InRange(fetches.Count(n => n == 2), 0, 10); // at most the one in flight at each kill
        var span = Assert.Single(store.Store.Coverage().Market);
        Assert.True(span.From <= target && span.To >= today.AddDays(-1), $"covered {span.From} → {span.To}");
    }

    /// <summary>Starts the bot, lets its bootstrap answer <paramref name="requests"/> history requests, then SIGKILLs it.</summary>
    private async Task RunAndKillAsync(int run, int requests)
    {
        var answered = 0;
        var moment = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnAnswered(string path)
        {
            if ((path.Contains("/daily-index/", StringComparison.Ordinal) || path.EndsWith(".txt", StringComparison.Ordinal)) && Interlocked.Increment(ref answered) == requests)
                moment.TrySetResult();
        }

        edgar.Answered += OnAnswered;
        try
        {
            using var bot = BotProcess.Start(["run", "--History:BootstrapYears=1", .. Switches()], output, run);
            var first = await Task.WhenAny(moment.Task, bot.Exited).WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(first == moment.Task, $"run {run}: the bot exited by itself (code {(bot.Exited.IsCompleted ? bot.ExitCode : 0)})");
            await bot.KillNineAsync();
        }
        finally
        {
            edgar.Answered -= OnAnswered;
        }
    }

    private IEnumerable<string> Switches() =>
    [
        "--store", StorePath, "--Store:SeedSampleData=false",
        "--Edgar:Enabled=true", $"--Edgar:BaseUrl={edgar.BaseUrl}", $"--Edgar:DataBaseUrl={edgar.BaseUrl}", $"--Edgar:DataSetFolder={temp.File("datasets")}",
        "--Edgar:UserAgent=InsiderBot crash test crash@example.com", "--Edgar:PollInterval=00:00:05", "--Edgar:QuietPollInterval=00:00:05",
        "--Edgar:RequestTimeout=00:00:10", "--Edgar:RetryBaseDelay=00:00:00.100", "--Edgar:RateLimitCooldown=00:00:02",
        "--Superinvestors:Managers:0:Cik=1067983", "--Superinvestors:Managers:0:Name=Berkshire Hathaway",
    ];

    /// <summary>Two Form 4s on each of the last 40 business days' indexes; every other day 404s (no index), as weekends do.</summary>
    private List<SyntheticFiling> Publish(DateOnly today)
    {
        var published = new List<SyntheticFiling>();
        var n = 0;
        var days = 0;
        for (var day = today.AddDays(-1); days < 40; day = day.AddDays(-1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            days++;
            var filings = Enumerable.Range(0, 2).Select(_ => ++n).Select(i => new SyntheticFiling(
                SyntheticFiling.AccessionOf(i, day.Year % 100), 7_200_001 + (i % 4), $"Boot Company {i % 4}", $"BK{i % 4}", 8_200_001 + i, $"Director {i}", day,
                new DateTimeOffset(day.ToDateTime(new TimeOnly(17, 0)), EdgarTimeZone.Eastern.GetUtcOffset(day.ToDateTime(new TimeOnly(17, 0)))))).ToList();
            edgar.PublishDailyIndex(day, filings);
            published.AddRange(filings);
        }

        edgar.AddFile("/files/company_tickers.json", FakeEdgarPublishing.CompanyTickers(published));
        edgar.FeedPages[0] = AtomFeedBuilder.Page([], DateTimeOffset.UtcNow);
        return published;
    }

    public async Task DisposeAsync()
    {
        await edgar.DisposeAsync();
        temp.Dispose();
    }
}
