using InsiderBot.Edgar.Live;
using InsiderBot.Edgar.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.Tests.Live;

public sealed class EdgarPollingServiceTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Without_a_user_agent_live_ingestion_does_not_start_and_the_log_names_the_key()
    {
        await using var h = await LiveHarness.StartAsync(o => o.UserAgent = null);
        var logger = new FakeLogger<EdgarPollingService>();
        using var service = new EdgarPollingService(h.Ingestion, h.Status, Options.Create(h.Edgar.Options), h.Edgar.Time, logger);

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(Bound);

        var error = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("Edgar:UserAgent", error.Message, StringComparison.Ordinal);
        Assert.Contains("Edgar:UserAgent", h.Status.Problem(), StringComparison.Ordinal);
        Assert.Empty(h.Edgar.Fake.Requests);
    }

    [Fact]
    public async Task The_service_polls_every_poll_interval_with_one_information_line_per_cycle()
    {
        await using var h = await LiveHarness.StartAsync();
        h.PublishFeed(LiveHarness.Filings.Take(2).ToList());
        var secondPoll = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var feedRequests = 0;
        h.Edgar.Fake.Answered += path =>
        {
            if (path.Contains("browse-edgar", StringComparison.Ordinal) && Interlocked.Increment(ref feedRequests) == 2) secondPoll.TrySetResult();
        };
        var logger = new FakeLogger<EdgarIngestion>();
        var ingestion = new EdgarIngestion(h.Edgar.Client, new DailyIndexWalk(h.Edgar.Client), h.Store.Store, new Filings.FilingDocumentReader(), h.Status, [], h.Edgar.Time, logger);
        using var service = new EdgarPollingService(ingestion, h.Status, Options.Create(h.Edgar.Options), h.Edgar.Time, new FakeLogger<EdgarPollingService>());

        await service.StartAsync(CancellationToken.None);
        await secondPoll.Task.WaitAsync(Bound);
        await service.StopAsync(CancellationToken.None).WaitAsync(Bound);

        var feeds = h.Edgar.Fake.Requests.Where(r => r.PathAndQuery.Contains("browse-edgar", StringComparison.Ordinal)).ToList();
        Assert.True(feeds[1].At - feeds[0].At >= TimeSpan.FromMinutes(1), $"polled again after {feeds[1].At - feeds[0].At}");
        var cycles = logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Information && r.Message.StartsWith("EDGAR poll:", StringComparison.Ordinal)).ToList();
        Assert.True(cycles.Count >= 1);
        Assert.Contains("2 new Form 4s", cycles[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, h.Store.Store.Statistics().Filings);
    }
}
