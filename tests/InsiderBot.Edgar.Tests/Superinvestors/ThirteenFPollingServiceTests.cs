using InsiderBot.Edgar.Superinvestors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static InsiderBot.Edgar.Tests.Superinvestors.ThirteenFHarness;

namespace InsiderBot.Edgar.Tests.Superinvestors;

public sealed class ThirteenFPollingServiceTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TheService_FetchesAtStart_AndAgainADayLater()
    {
        await using var h = await StartAsync();
        var secondPass = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var passes = 0;
        h.Edgar.Fake.Answered += path =>
        {
            if (path.Contains("/submissions/CIK0001067983.json", StringComparison.Ordinal) && Interlocked.Increment(ref passes) == 2) secondPass.TrySetResult();
        };
        using var service = new ThirteenFPollingService(h.Fetcher, h.FetchStatus, Options.Create(h.Edgar.Options), h.Edgar.Time, NullLogger<ThirteenFPollingService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await secondPass.Task.WaitAsync(Bound);
        await service.StopAsync(CancellationToken.None).WaitAsync(Bound);

        var fetches = h.Edgar.Fake.Requests.Where(r => r.PathAndQuery.Contains("/submissions/CIK0001067983.json", StringComparison.Ordinal)).ToList();
        Assert.True(fetches[1].At - fetches[0].At >= TimeSpan.FromDays(1), $"fetched again after {fetches[1].At - fetches[0].At}");
        Assert.Equal(BerkshireQ4, h.Holdings.StoredAccession(Berkshire, new DateOnly(2022, 12, 31)));
    }

    [Fact]
    public async Task WithoutAUserAgent_TheServiceAsksNothing()
    {
        await using var h = await StartAsync(o => o.UserAgent = null);
        using var service = new ThirteenFPollingService(h.Fetcher, h.FetchStatus, Options.Create(h.Edgar.Options), h.Edgar.Time, NullLogger<ThirteenFPollingService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(Bound);

        Assert.Empty(h.Edgar.Fake.Requests);
        Assert.Contains("live fetch not started: ", Assert.Single(h.FetchStatus.Status()).Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void TheService_IsRegisteredOnlyInLiveMode(string enabled, bool registered)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Edgar:Enabled"] = enabled }).Build();

        var services = new ServiceCollection().AddEdgarIngestion(configuration);

        Assert.Equal(registered, services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ThirteenFPollingService)));
        Assert.Contains(services, d => d.ServiceType == typeof(ThirteenFFetcher));
    }
}
