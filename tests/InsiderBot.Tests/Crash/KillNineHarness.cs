using System.Text;
using InsiderBot.Edgar.Live;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Store;
using InsiderBot.Store.Alerts;
using InsiderBot.Testing;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace InsiderBot.Tests.Crash;

/// <summary>
/// Runs the real bot as a child process against the fake EDGAR and one fake chat platform, publishes a cluster buy per
/// run, kills the bot with SIGKILL at a random moment of each run (seeded), then lets a last run finish and counts what
/// each channel shows.
/// </summary>
internal sealed class KillNineHarness(ICrashPlatform platform, ITestOutputHelper log) : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly TempDirectory temp = new();
    private readonly StringBuilder output = new();
    private FakeEdgar edgar = null!;

    private string StorePath => temp.File("bot.db");

    public async Task RunAsync(int seed, int restarts)
    {
        var random = new Random(seed);
        edgar = await FakeEdgar.StartAsync(TimeProvider.System);
        // Each restart starts a fresh limiter right after the killed process's last requests; this harness tests
        // crash safety, not the limiter (the Edgar tests hold it to EDGAR's rate), so the fake does not refuse here.
        edgar.MaxRequestsPerSecond = null;
        // The bot's own clock: EDGAR's Eastern time, daylight saving included (the feed's dates are the bot's "today").
        var schedule = new ClusterSchedule(restarts, EasternTime.Today(TimeProvider.System));
        edgar.AddFile("/files/company_tickers.json", FakeEdgarPublishing.CompanyTickers(schedule.All));
        Subscribe(schedule.Watchlist);
        var points = new List<KillPoint>();
        string? failure = null;
        try
        {
            for (var run = 0; run < restarts; run++)
            {
                var feed = schedule.Publish(run, EasternTime.Of(DateTimeOffset.UtcNow));
                edgar.Publish(feed, EasternTime.Of(DateTimeOffset.UtcNow));
                var backlog = feed.Count - Stored(feed);
                var point = (KillPoint)random.Next(Enum.GetValues<KillPoint>().Length);
                // The n-th request or document of the run, scaled to the backlog so some runs get far into it.
                var n = 1 + (int)(random.NextDouble() * (point == KillPoint.WhilePolling ? 2 * backlog + 2 : backlog));
                points.Add(point);
                await RunAndKillAsync(run, point, n);
                log.WriteLine(Describe(run, point, n, backlog, feed));
            }

            log.WriteLine($"seed {seed}: kill points {string.Join(", ", points)}");
            await RunToQuiescenceAsync(restarts, schedule);
            AssertEachAlertShownOnce(schedule);
            AssertEachFilingStoredOnce(schedule);
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException || !ex.Message.Contains("--- bot output", StringComparison.Ordinal))
        {
            failure = $"{ex.GetType().Name}: {ex.Message}";
            throw new Xunit.Sdk.XunitException($"{ex.GetType().Name}: {ex.Message}\nseed {seed}, kill points {string.Join(", ", points)}\n--- bot output (tail) ---\n{Tail(300)}", ex);
        }
        finally
        {
            lock (output) log.WriteLine(output.ToString());
            // Last, so that a log cut to its tail still says why the run failed.
            if (failure is not null) log.WriteLine($"FAILED (seed {seed}, kill points {string.Join(", ", points)}): {failure}");
        }
    }

    /// <summary>The subscriptions are written before the first start; the store is closed again (LiteDB direct mode locks the file).</summary>
    private void Subscribe(IReadOnlyList<string> watchlist)
    {
        using var db = Open();
        var subscriptions = new SubscriptionStore(db);
        subscriptions.Save(new Subscription(platform.Platform, platform.Workspace, platform.Channels.Market, [], AlertKinds.Default, 0));
        subscriptions.Save(new Subscription(platform.Platform, platform.Workspace, platform.Channels.Watchlist, watchlist, AlertKinds.Default, 0));
    }

    private int Stored(IEnumerable<SyntheticFiling> filings)
    {
        using var db = Open();
        return filings.Count(f => db.HasFiling(f.Accession));
    }

    /// <summary>What a kill left behind: filings stored, alerts posted, alerts whose post was in flight, alerts never tried.</summary>
    private string Describe(int run, KillPoint point, int n, int backlog, IReadOnlyList<SyntheticFiling> feed)
    {
        using var db = Open();
        var outbox = new AlertOutbox(db).All();
        var inFlight = outbox.Count(e => e.Status == OutboxStatus.Pending && e.Attempts > 0);
        var untried = outbox.Count(e => e.Status == OutboxStatus.Pending && e.Attempts == 0);
        var digests = outbox.Where(e => e.DigestId is not null).Select(e => e.DigestId).Distinct().Count();
        var stored = feed.Count(f => db.HasFiling(f.Accession));
        return $"run {run}: killed {point} #{n} (backlog {backlog}); stored {stored}/{feed.Count}, outbox {outbox.Count(e => e.Status == OutboxStatus.Posted)} posted, {inFlight} in flight, {untried} never tried, {digests} digests";
    }

    private StoreDatabase Open() => new(Options.Create(new StoreOptions { Path = StorePath, SeedSampleData = false }));

    private IEnumerable<string> Arguments() =>
    [
        "run", "--store", StorePath, "--Store:SeedSampleData=false",
        "--Edgar:Enabled=true", $"--Edgar:BaseUrl={edgar.BaseUrl}", $"--Edgar:DataBaseUrl={edgar.BaseUrl}",
        "--Edgar:UserAgent=InsiderBot crash test crash@example.com", "--Edgar:PollInterval=00:00:05", "--Edgar:QuietPollInterval=00:00:05",
        "--Edgar:RequestTimeout=00:00:10", "--Edgar:RetryBaseDelay=00:00:00.100",
        "--Alerts:DigestThreshold=2", "--Alerts:RetryDelay=00:00:01", "--Alerts:MaxRetryDelay=00:00:05",
        "--Web:Urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Information", "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
        .. platform.Switches,
    ];

    private async Task RunAndKillAsync(int run, KillPoint point, int n)
    {
        var requests = 0;
        var edgarMoment = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnAnswered(string path)
        {
            var counts = point == KillPoint.WhilePolling || path.EndsWith("/" + SyntheticFiling.DocumentName, StringComparison.Ordinal);
            if (counts && Interlocked.Increment(ref requests) == n) edgarMoment.TrySetResult();
        }

        var hold = point is KillPoint.BeforePostShows or KillPoint.AfterPostShows or KillPoint.AsPostIsAnswered
            ? platform.HoldNextPost(afterEffect: point != KillPoint.BeforePostShows)
            : null;
        if (hold is null) edgar.Answered += OnAnswered;
        using var bot = BotProcess.Start(Arguments(), output, run);
        try
        {
            var moment = hold?.Arrived ?? edgarMoment.Task;
            var first = await Task.WhenAny(moment, bot.Exited).WaitAsync(Bound);
            if (first == bot.Exited) throw new Xunit.Sdk.XunitException($"run {run}: the bot exited by itself (code {bot.ExitCode}) before {point}");
            if (point == KillPoint.AsPostIsAnswered) hold!.Release(true);
            await bot.KillNineAsync();
        }
        finally
        {
            edgar.Answered -= OnAnswered;
            hold?.Release(false);
        }
    }

    /// <summary>A last run without a kill until every channel shows what it should, stopped gracefully; then the outbox must be empty.</summary>
    private async Task RunToQuiescenceAsync(int run, ClusterSchedule schedule)
    {
        for (var attempt = 0; attempt < 3; attempt++, run++)
        {
            using var bot = BotProcess.Start(Arguments(), output, run);
            await platform.WaitUntilAsync(() => Expected(schedule).All(e => Shows(e.Channel, e.Ticker) > 0) || bot.Exited.IsCompleted, Bound);
            Assert.False(bot.Exited.IsCompleted, $"the last run exited by itself (code {(bot.Exited.IsCompleted ? bot.ExitCode : 0)})");
            await bot.StopAsync();
            using var db = Open();
            var pending = new AlertOutbox(db).All().Where(e => e.Status != OutboxStatus.Posted).ToList();
            if (pending.Count == 0) return;
            log.WriteLine($"after the last run {pending.Count} alerts were still pending; running again to drain them");
        }

        Assert.Fail("the outbox still holds pending alerts after three quiet runs");
    }

    private IEnumerable<(string Channel, string Ticker)> Expected(ClusterSchedule schedule) =>
        schedule.Tickers.Select(t => (platform.Channels.Market, t)).Concat(schedule.Watchlist.Select(t => (platform.Channels.Watchlist, t)));

    private int Shows(string channel, string ticker) => platform.Messages(channel).Count(m => m.Contains(ticker, StringComparison.Ordinal));

    private void AssertEachAlertShownOnce(ClusterSchedule schedule)
    {
        var expected = Expected(schedule).ToList();
        var wrong = expected.Select(e => (e.Channel, e.Ticker, Times: Shows(e.Channel, e.Ticker))).Where(e => e.Times != 1).ToList();
        Assert.True(wrong.Count == 0, "alerts lost or duplicated: " + string.Join("; ", wrong.Select(w => $"{w.Ticker} in {w.Channel} shown {w.Times}x")));
        foreach (var channel in new[] { platform.Channels.Market, platform.Channels.Watchlist })
        {
            var stray = platform.Messages(channel).Where(m => !expected.Any(e => e.Channel == channel && m.Contains(e.Ticker, StringComparison.Ordinal))).ToList();
            Assert.True(stray.Count == 0, $"{channel} shows {stray.Count} messages that announce no expected alert");
        }

        log.WriteLine($"{expected.Count} alerts, each shown once: {platform.Messages(platform.Channels.Market).Count} messages in the market channel, {platform.Messages(platform.Channels.Watchlist).Count} in the watchlist channel");
    }

    private void AssertEachFilingStoredOnce(ClusterSchedule schedule)
    {
        using var db = Open();
        var accessions = schedule.All.Select(f => f.Accession).ToList();
        Assert.Equal(accessions.Count, db.CountFilings());
        Assert.All(accessions, a => Assert.True(db.HasFiling(a), a));
        Assert.All(accessions, a => Assert.Single(db.TradesOfFiling(a)));
    }

    private string Tail(int lines)
    {
        string text;
        lock (output) text = output.ToString();
        var all = text.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    public async ValueTask DisposeAsync()
    {
        await platform.DisposeAsync();
        if (edgar is not null) await edgar.DisposeAsync();
        temp.Dispose();
    }
}
