using InsiderBot.Chat;
using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Replies;
using InsiderBot.Edgar.Superinvestors;
using InsiderBot.Health;
using InsiderBot.Import;
using InsiderBot.Store;
using InsiderBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static InsiderBot.Edgar.Tests.Superinvestors.ThirteenFHarness;

namespace InsiderBot.Edgar.Tests.Superinvestors;

/// <summary>The live 13F fetch reports in <c>/status</c> on one line: managers, the newest quarter stored, the last fetch.</summary>
public sealed class ThirteenFStatusTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static string StatusLine(ThirteenFHarness h)
    {
        var reply = new StatusCommand(h.Store.Store, [h.FetchStatus], h.Edgar.Time).Execute(new CommandInput([], ChatOrigin.Console));
        var field = Assert.Single(Assert.IsType<FieldsSection>(Assert.Single(reply.Sections)).Fields, f => f.Name == "13F");
        Assert.Contains(field.Value, PlainTextRenderer.Render(reply), StringComparison.Ordinal);
        return field.Value;
    }

    private static string At(ThirteenFHarness h) => h.FetchStatus.LastFetchAt!.Value.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Status_ShowsTheManagers_TheNewestQuarterStored_AndTheLastFetch()
    {
        await using var h = await StartAsync();
        Assert.Equal("2 managers tracked; no quarter stored yet; not fetched yet", StatusLine(h));

        await h.Fetcher.FetchOnceAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(h.Edgar.Time.GetUtcNow(), h.FetchStatus.LastFetchAt);
        Assert.Equal(
            $"2 managers tracked; newest quarter stored Q3 2023 (for 1 of them); last fetch {At(h)} ok: 3 reports stored, 0 quarters up to date",
            StatusLine(h));
    }

    [Fact]
    public async Task Status_SaysTheLastFetchFailed_WhenAManagerCouldNotBeRead()
    {
        await using var h = await StartAsync();
        h.Edgar.Fake.Inject("/submissions/CIK0001894188.json", Fakes.Edgar.FakeFault.Malformed, times: h.Edgar.Options.MaxAttempts);

        await h.Fetcher.FetchOnceAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(
            $"2 managers tracked; newest quarter stored Q4 2022 (for 1 of them); last fetch {At(h)} failed for 1 (see the log); 2 reports stored",
            StatusLine(h));
    }

    [Fact]
    public async Task A_submissions_history_of_another_shape_is_a_problem_for_that_manager_and_the_pass_goes_on()
    {
        await using var h = await StartAsync();
        h.Edgar.Fake.AddSubmissions(Berkshire, "{\"filings\": 5}"u8.ToArray()); // JSON, but not the submissions shape

        var report = await h.Fetcher.FetchOnceAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.Equal((1, 1), (report.Problems, report.Stored)); // the other manager's quarter is still fetched
        Assert.Equal(
            $"2 managers tracked; newest quarter stored Q3 2023 (for 1 of them); last fetch {At(h)} failed for 1 (see the log); 1 report stored",
            StatusLine(h));
    }

    [Fact]
    public async Task Status_SaysWhyTheLiveFetchDidNotStart()
    {
        await using var h = await StartAsync(o => o.UserAgent = null);
        using var service = new ThirteenFPollingService(h.Fetcher, h.FetchStatus, Options.Create(h.Edgar.Options), h.Edgar.Time, NullLogger<ThirteenFPollingService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(Bound);

        Assert.StartsWith("2 managers tracked; no quarter stored yet; live fetch not started: ", StatusLine(h), StringComparison.Ordinal);
        Assert.Contains("Edgar:UserAgent", StatusLine(h), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_CountsTheDemoStoresOwn13FFilersApart_FromTheTrackedManagers()
    {
        await using var h = await StartAsync(o => o.Enabled = false);
        var acorn = File.ReadAllBytes(RepoPaths.Fixture("edgar", "13f", "AcornCreek_0001951757-25-000093.nc"));
        h.Holdings.Save(new Filings.ThirteenFParser().Parse(acorn, "acorn.nc").Report!);
        h.Holdings.AddDemoManager(new Insights.Superinvestors.TrackedManager { Cik = 1994827, Name = "ACORN CREEK CAPITAL LLC (demo 13F filer)" });

        Assert.Equal(
            "2 managers tracked, 1 demo 13F filer; newest quarter stored Q4 2024 (for 1 of them); live fetch off (set Edgar:Enabled=true)",
            StatusLine(h));
    }

    [Fact]
    public async Task Status_SaysTheLiveFetchIsOff_OutsideLiveMode()
    {
        await using var h = await StartAsync(o => o.Enabled = false);

        Assert.Equal("2 managers tracked; no quarter stored yet; live fetch off (set Edgar:Enabled=true)", StatusLine(h));
    }

    [Fact]
    public void The13FStatus_IsAmongTheContributorsStatusResolves()
    {
        using var folder = new TempDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Path"] = folder.File("store.db"),
            ["Superinvestors:Managers:0:Cik"] = "1067983",
            ["Superinvestors:Managers:0:Name"] = "Berkshire Hathaway",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging()
            .AddInsiderStore().AddImport().AddEdgarIngestion(configuration).BuildServiceProvider();

        var fields = services.GetServices<IStatusContributor>().SelectMany(c => c.Status()).ToList();

        Assert.Contains(services.GetServices<IStatusContributor>(), c => c is ThirteenFFetchStatus);
        Assert.Equal("1 manager tracked; no quarter stored yet; live fetch off (set Edgar:Enabled=true)", Assert.Single(fields, f => f.Name == "13F").Value);
    }
}
