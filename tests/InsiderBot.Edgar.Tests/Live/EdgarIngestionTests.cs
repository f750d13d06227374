using InsiderBot.Edgar.Live;
using InsiderBot.Edgar.Tests.Support;
using InsiderBot.Fakes.Edgar;

namespace InsiderBot.Edgar.Tests.Live;

public sealed class EdgarIngestionTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static Task<PollReport> Poll(LiveHarness h) => h.Ingestion.PollOnceAsync(CancellationToken.None).WaitAsync(Bound);

    private static void AssertEachOnce(LiveHarness h, IEnumerable<InsiderBot.Filings.Form4Filing> filings)
    {
        var list = filings.ToList();
        Assert.Equal(list.Count, h.StoredCount(list));
        Assert.Equal(list.Count + 0, h.Store.Store.Statistics().Filings);
    }

    [Fact]
    public async Task The_first_poll_stores_each_form4_of_the_feed_once_and_fetches_nothing_else()
    {
        await using var h = await LiveHarness.StartAsync();
        var filings = LiveHarness.Filings.Take(12).ToList();
        h.PublishFeed(filings);

        var report = await Poll(h);

        Assert.Equal(12, report.Stored);
        AssertEachOnce(h, filings);
        Assert.Equal(filings.Select(f => f.Accession).Reverse(), h.Notified);
        Assert.Equal(0, h.Edgar.Fake.CountRequests("000095010325016087"));
        Assert.Equal(12, h.Edgar.Fake.CountRequests("/form4.xml"));
        Assert.True(h.Edgar.Fake.MostRequestsWithin(TimeSpan.FromSeconds(1)) <= 10);
        Assert.All(h.Edgar.Fake.Requests, r => Assert.Equal(EdgarHarness.UserAgent, r.UserAgent));
        Assert.Equal(new DateOnly(2025, 12, 12), h.Ingestion.Checkpoint);
        Assert.NotNull(h.Store.Store.FindIssuer("AAPL"));
    }

    [Fact]
    public async Task Coverage_the_first_page_proves_no_day_complete_a_poll_that_reaches_a_known_filing_covers_from_the_checkpoint()
    {
        await using var h = await LiveHarness.StartAsync();
        var all = LiveHarness.Filings.Take(30).ToList();
        h.PublishFeed(all.Skip(20).ToList());
        await Poll(h);
        var afterFirst = h.Store.Store.Coverage().Market;

        h.PublishFeed(all, new DateTimeOffset(2025, 12, 12, 17, 59, 30, TimeSpan.FromHours(-5)));
        await Poll(h);

        Assert.Empty(afterFirst);
        var span = Assert.Single(h.Store.Store.Coverage().Market);
        Assert.Equal((new DateOnly(2025, 12, 12), new DateOnly(2025, 12, 12)), (span.From, span.To));
        Assert.Equal([InsiderBot.Store.Coverage.CoverageSources.LiveFeed], span.Sources);
    }

    [Fact]
    public async Task A_later_poll_pages_back_until_a_filing_it_already_has_and_no_further()
    {
        await using var h = await LiveHarness.StartAsync();
        var all = LiveHarness.Filings.Take(80).ToList();
        var old = all.Skip(70).ToList();
        h.PublishFeed(old);
        await Poll(h);

        h.PublishFeed(all, new DateTimeOffset(2025, 12, 12, 17, 59, 30, TimeSpan.FromHours(-5)));
        var report = await Poll(h);

        Assert.Equal(70, report.Stored);
        Assert.Equal(2, report.FeedPages);
        Assert.Equal(0, h.Edgar.Fake.CountRequests("start=200"));
        AssertEachOnce(h, all);
        Assert.Equal(80, h.Edgar.Fake.CountRequests("/form4.xml"));
        Assert.True(h.Edgar.Fake.MostRequestsWithin(TimeSpan.FromSeconds(1)) <= 10);
    }

    [Fact]
    public async Task Entries_the_feed_repeats_across_pages_are_fetched_and_stored_once()
    {
        await using var h = await LiveHarness.StartAsync();
        var known = LiveHarness.Filings.Skip(100).Take(1).ToList();
        h.PublishFeed(known);
        await Poll(h);

        // New filings arrived while we paged: page 1 repeats the end of page 0.
        var fresh = LiveHarness.Filings.Take(60).ToList();
        var at = new DateTimeOffset(2025, 12, 12, 17, 59, 0, TimeSpan.FromHours(-5));
        h.Edgar.Fake.FeedPages[0] = AtomFeedBuilder.Page(fresh.Take(50).Select((f, i) => LiveHarness.Entry(f, at.AddMinutes(-i))), at);
        h.Edgar.Fake.FeedPages[100] = AtomFeedBuilder.Page(fresh.Skip(40).Concat(known).Select((f, i) => LiveHarness.Entry(f, at.AddMinutes(-40 - i))), at);

        var report = await Poll(h);

        Assert.Equal(60, report.Stored);
        AssertEachOnce(h, fresh.Concat(known));
        Assert.Equal(61, h.Edgar.Fake.CountRequests("/form4.xml"));
    }

    [Fact]
    public async Task Faults_are_ridden_out_and_a_document_that_stays_malformed_is_quarantined_once()
    {
        await using var h = await LiveHarness.StartAsync(o =>
        {
            o.MaxAttempts = 3;
            o.RequestTimeout = TimeSpan.FromSeconds(2);
        });
        var filings = LiveHarness.Filings.Skip(200).Take(8).ToList();
        var bad = filings[5];
        h.PublishFeed(filings);
        h.Edgar.Fake.Inject("browse-edgar", FakeFault.TooManyRequests);
        h.Edgar.Fake.Inject("browse-edgar", FakeFault.ServiceUnavailable);
        h.Edgar.Fake.Inject("/index.json", FakeFault.RateLimitPage);
        h.Edgar.Fake.Inject("/index.json", FakeFault.Slow);
        h.Edgar.Fake.Inject("/form4.xml", FakeFault.Truncated);
        h.Edgar.Fake.Inject(bad.Accession.Replace("-", "", StringComparison.Ordinal) + "/form4.xml", FakeFault.Malformed, times: 3);

        var report = await Poll(h);
        var again = await Poll(h);

        Assert.Equal(0, h.Edgar.Fake.PendingFaults);
        Assert.Equal(7, report.Stored);
        Assert.Equal(1, report.Quarantined);
        Assert.Equal(0, again.Found);
        AssertEachOnce(h, filings.Where(f => f != bad));
        var quarantined = Assert.Single(h.Store.Store.QuarantineEntries());
        Assert.Contains(bad.Accession.Replace("-", "", StringComparison.Ordinal), quarantined.Source, StringComparison.Ordinal);
        Assert.Contains("malformed XML", quarantined.Reason, StringComparison.Ordinal);
        Assert.Equal(1, h.Status.QuarantinedToday);
        Assert.True(h.Edgar.Fake.MostRequestsWithin(TimeSpan.FromSeconds(1)) <= 10);
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_a_batch_resumes_with_no_gap_and_no_duplicate()
    {
        await using var h = await LiveHarness.StartAsync();
        var filings = LiveHarness.Filings.Skip(300).Take(15).ToList();
        h.PublishFeed(filings);
        using var kill = new CancellationTokenSource();
        var documents = 0;
        h.Edgar.Fake.Answered += path =>
        {
            if (path.EndsWith("/form4.xml", StringComparison.Ordinal) && Interlocked.Increment(ref documents) == 7) kill.Cancel();
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Ingestion.PollOnceAsync(kill.Token).WaitAsync(Bound));
        var storedBeforeRestart = h.StoredCount(filings);
        Assert.InRange(storedBeforeRestart, 4, 6);

        h.NewIngestion();
        var report = await Poll(h);

        Assert.Equal(filings.Count - storedBeforeRestart, report.Stored);
        AssertEachOnce(h, filings);
        Assert.Equal(filings.Count, h.Notified.Distinct().Count());
        Assert.Equal(filings.Count, h.Notified.Count);
    }

    [Fact]
    public async Task After_downtime_beyond_the_feed_the_daily_indexes_are_walked_from_the_checkpoint()
    {
        await using var h = await LiveHarness.StartAsync();
        var before = LiveHarness.Filings.Skip(250).Take(2).ToList();
        h.PublishFeed(before, new DateTimeOffset(2025, 12, 9, 12, 0, 0, TimeSpan.FromHours(-5)));
        await Poll(h);
        Assert.Equal(new DateOnly(2025, 12, 9), h.Ingestion.Checkpoint);

        // Down for days: the feed now holds only today's filings, and paging past it answers 503.
        var missedTue = LiveHarness.Filings.Skip(260).Take(5).ToList();
        var missedWed = LiveHarness.Filings.Skip(270).Take(5).ToList();
        var today = LiveHarness.Filings.Skip(280).Take(50).ToList();
        h.Edgar.Fake.AddDailyIndex(new DateOnly(2025, 12, 9), LiveHarness.DailyIndex(new DateOnly(2025, 12, 9), before.Concat(missedTue)));
        h.Edgar.Fake.AddDailyIndex(new DateOnly(2025, 12, 10), LiveHarness.DailyIndex(new DateOnly(2025, 12, 10), missedWed));
        h.PublishFeed(today, pages: 1);

        var report = await Poll(h);

        Assert.Equal(60, report.Stored);
        Assert.Equal(2, report.IndexDays);
        AssertEachOnce(h, before.Concat(missedTue).Concat(missedWed).Concat(today));
        Assert.Equal(1, h.Edgar.Fake.CountRequests("form.20251211.idx"));
        Assert.Equal(new DateOnly(2025, 12, 12), h.Ingestion.Checkpoint);
    }

    [Fact]
    public async Task The_ticker_map_is_fetched_once_a_day()
    {
        await using var h = await LiveHarness.StartAsync();
        h.PublishFeed(LiveHarness.Filings.Take(1).ToList());

        await Poll(h);
        await Poll(h);
        Assert.Equal(1, h.Edgar.Fake.CountRequests("company_tickers.json"));

        h.Edgar.Time.Fake.Advance(TimeSpan.FromDays(1));
        await Poll(h);
        Assert.Equal(2, h.Edgar.Fake.CountRequests("company_tickers.json"));
    }

    [Fact]
    public async Task Status_shows_the_last_poll_and_readiness_fails_when_polls_stop()
    {
        await using var h = await LiveHarness.StartAsync();
        h.PublishFeed(LiveHarness.Filings.Take(3).ToList());
        await Poll(h);

        var fields = h.Status.Status().ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal("3", fields["EDGAR filings today"]);
        Assert.Equal("none", fields["EDGAR backoff"]);
        Assert.Null(h.Status.Problem());

        h.Edgar.Time.Fake.Advance(TimeSpan.FromHours(1));
        Assert.Contains("not polled", h.Status.Problem(), StringComparison.Ordinal);
    }
}
