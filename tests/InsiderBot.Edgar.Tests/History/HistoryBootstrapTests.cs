using InsiderBot.Edgar.History;
using InsiderBot.Edgar.Http;
using InsiderBot.Edgar.Live;
using InsiderBot.Edgar.Tests.Support;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.Tests.History;

/// <summary>
/// A live deployment's first start fetches the market's history in the background, newest first: the daily indexes
/// back to the latest published data set, then the data sets; it resumes after an interruption with no gap and
/// nothing fetched twice, and its requests yield to live polling.
/// </summary>
public sealed class HistoryBootstrapTests
{
    // The harness clock: Friday 2025-12-12, 18:00 Eastern — today's daily index is not built yet.
    private static readonly DateOnly Today = new(2025, 12, 12);
    private static readonly DateOnly Target = new(2025, 8, 1);

    [Fact]
    public async Task Bootstrap_FromEmpty_FillsNewestFirst_FromTheIndexesThenTheDataSet_AndARerunFetchesNothing()
    {
        using var folder = new TempDirectory();
        await using var h = await EdgarHarness.StartAsync(o => o.DataSetFolder = folder.File("datasets"));
        using var t = new TestStore(now: h.Time.GetUtcNow());
        h.Fake.AddFile("/files/structureddata/data/insider-transactions-data-sets/2025q3_form345.zip", BackfillFixtures.DataSetZip(folder, LiveHarness.Filings.Take(20).ToList()));
        var daily = BackfillFixtures.PublishBusinessDays(h.Fake, new DateOnly(2025, 10, 1), Today.AddDays(-1), perDay: 3, everyNth: 1);
        var status = new BootstrapStatus();
        var bootstrap = NewBootstrap(h, t, status);

        await bootstrap.RunAsync(Target, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.All(daily, f => Assert.True(t.Store.HasFiling(f.Accession), f.Accession));
        Assert.All(daily, f => Assert.Equal(1, h.Fake.CountRequests(f.Accession + ".txt")));
        Assert.Equal(1, h.Fake.CountRequests("2025q3_form345.zip"));
        var span = Assert.Single(t.Store.Coverage().Market);
        Assert.Equal((new DateOnly(2025, 7, 1), Today.AddDays(-1)), (span.From, span.To));
        var paths = h.Fake.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.True(paths.FindIndex(p => p.EndsWith("form.20251211.idx", StringComparison.Ordinal)) < paths.FindIndex(p => p.EndsWith("form.20251001.idx", StringComparison.Ordinal)), "newest days first");
        Assert.True(paths.FindIndex(p => p.EndsWith("form.20251001.idx", StringComparison.Ordinal)) < paths.FindIndex(p => p.Contains("2025q3_form345.zip", StringComparison.Ordinal)), "the data set after the indexes");
        Assert.Contains("done: the market's history is complete back to 2025-08-01", status.Status().Single().Value);
        Assert.True(h.Fake.MostRequestsWithin(TimeSpan.FromSeconds(1)) <= h.Options.MaxRequestsPerSecond);

        var before = h.Fake.Requests.Count;
        await bootstrap.RunAsync(Target, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.All(h.Fake.Requests.Skip(before), r => Assert.EndsWith("form.20251212.idx", r.PathAndQuery)); // only today's index, not built yet
    }

    [Fact]
    public async Task Bootstrap_InterruptedMidWalk_ResumesWithNoGap_AndFetchesAgainOnlyTheFilingInFlight()
    {
        using var folder = new TempDirectory();
        await using var h = await EdgarHarness.StartAsync(o => o.DataSetFolder = folder.File("datasets"));
        using var t = new TestStore(now: h.Time.GetUtcNow());
        var daily = BackfillFixtures.PublishBusinessDays(h.Fake, new DateOnly(2025, 10, 1), Today.AddDays(-1), perDay: 3, everyNth: 1);
        var target = new DateOnly(2025, 10, 1);

        // Interrupted (a stop, or a kill: nothing after the cut is written) at three moments in the middle of a day's filings.
        foreach (var cut in new[] { 7, 20, 41 })
        {
            using var stop = new CancellationTokenSource();
            var fetched = 0;
            void Count(string path)
            {
                if (path.EndsWith(".txt", StringComparison.Ordinal) && Interlocked.Increment(ref fetched) == cut) stop.Cancel();
            }

            h.Fake.Answered += Count;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => NewBootstrap(h, t, new BootstrapStatus()).RunAsync(target, stop.Token).WaitAsync(TimeSpan.FromMinutes(1)));
            h.Fake.Answered -= Count;
        }

        await NewBootstrap(h, t, new BootstrapStatus()).RunAsync(target, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.All(daily, f => Assert.True(t.Store.HasFiling(f.Accession), f.Accession));
        // Every filing stored before an interruption is never fetched again; only the one in flight at each cut is.
        var fetches = daily.Select(f => h.Fake.Requests.Count(r => r.PathAndQuery.EndsWith(f.Accession + ".txt", StringComparison.Ordinal) && r.Status == 200)).ToList();
        Assert.All(fetches, n => Assert.InRange(n, 1, 2));
        Assert.InRange(fetches.Count(n => n == 2), 0, 3);
        var span = Assert.Single(t.Store.Coverage().Market);
        Assert.Equal((target, Today.AddDays(-1)), (span.From, span.To));
    }

    [Fact]
    public async Task BackgroundRequests_WaitWhileALivePollRuns()
    {
        await using var h = await EdgarHarness.StartAsync();
        var priority = new EdgarPriority();
        var client = new EdgarClient(h.Http, h.Limiter, Options.Create(h.Options), h.Time, NullLogger<EdgarClient>.Instance, new Random(3), priority);
        BackfillFixtures.PublishBusinessDays(h.Fake, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), perDay: 0);
        using var stop = new CancellationTokenSource();
        var backgroundStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // History work: one daily index after another, as the bootstrap walks them.
        var history = Task.Run(async () =>
        {
            using var background = EdgarPriority.Background();
            for (var day = new DateOnly(2025, 1, 1); !stop.IsCancellationRequested && day <= new DateOnly(2025, 6, 30); day = day.AddDays(1))
            {
                await client.GetAsync(client.Www(DailyFormIndex.PathOf(day)), EdgarBody.Index, stop.Token);
                backgroundStarted.TrySetResult();
            }
        });
        await backgroundStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // A live poll: its requests are not interleaved with history requests, except the one already under way.
        using (priority.Foreground())
        {
            for (var i = 0; i < 12; i++) await client.GetAsync(client.Www($"/cgi-bin/browse-edgar?action=getcurrent&type=4&start={i * 100}&output=atom"), EdgarBody.Any, CancellationToken.None);
        }

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => history);

        var paths = h.Fake.Requests.Select(r => r.PathAndQuery).ToList();
        var first = paths.FindIndex(p => p.Contains("getcurrent", StringComparison.Ordinal));
        var last = paths.FindLastIndex(p => p.Contains("getcurrent", StringComparison.Ordinal));
        Assert.True(paths.Count(p => p.Contains("daily-index", StringComparison.Ordinal)) > 1, "history was running");
        Assert.True(paths.Skip(first).Take(last - first).Count(p => p.Contains("daily-index", StringComparison.Ordinal)) <= 1, string.Join('\n', paths.Skip(first).Take(last - first + 1)));
        Assert.True(paths.Skip(last).Any(p => p.Contains("daily-index", StringComparison.Ordinal)) || history.IsCanceled || history.IsFaulted, "history resumed after the poll");
    }

    private static HistoryBootstrap NewBootstrap(EdgarHarness h, TestStore t, BootstrapStatus status) =>
        new(BackfillFixtures.NewBackfill(h, t), t.Store, status,
            Options.Create(new HistoryOptions()), Options.Create(h.Options), h.Time, NullLogger<HistoryBootstrap>.Instance);
}
