using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Replies;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using InsiderBot.Testing;

namespace InsiderBot.Chat.Tests;

/// <summary>
/// <c>/superinvestors</c> and the 13F confluence line on the demo store: the sample Form 4s with the bundled real 13F
/// reports, the configured superinvestors (none of whom the sample holds a report of) left as configured.
/// </summary>
public sealed class DemoSuperinvestorsTests
{
    private static readonly List<TrackedManager> Configured =
        [new() { Cik = 1067983, Name = "Berkshire Hathaway" }, new() { Cik = 1649339, Name = "Scion Asset Management" }];

    private static SuperinvestorTracker Tracker(TestStore store) =>
        new(store.Holdings, Microsoft.Extensions.Options.Options.Create(new SuperinvestorOptions { Managers = [.. Configured] }), store.Time);

    private static ChatReply Holders(SuperinvestorsCommand command, string ticker)
    {
        command.Readiness.Ensure(); // as the router does before every run
        return command.Execute(new CommandInput([ticker], ChatOrigin.Console));
    }

    private static Task<ChatReply> InsidersAsync(InsidersCommand command, params string[] args)
    {
        command.Readiness.Ensure();
        return command.ExecuteAsync(new CommandInput(args, ChatOrigin.Console), CancellationToken.None);
    }

    [Fact]
    public void Microsoft_OutOfTheBox_ShowsTheBundledFilersHoldings_InDollars()
    {
        using var store = new TestStore(sampleHoldings: true);

        var reply = Holders(new SuperinvestorsCommand(store.Store, store.Seeder, Tracker(store)), "MSFT");

        Assert.False(reply.IsError, PlainTextRenderer.Render(reply));
        var table = Assert.IsType<TableSection>(reply.Sections[0]);
        Assert.Equal(
        [
            ["Bard Financial Services, Inc. (demo 13F filer)", "Q3 2021", "199,048 shares", "$56.1M", "first stored quarter"],
            ["LTS One Management LP (demo 13F filer)", "Q3 2023", "65,000 shares", "$20.5M", "first stored quarter"],
            ["ACORN CREEK CAPITAL LLC (demo 13F filer)", "Q4 2024", "6,752 shares", "$2.8M", "first stored quarter"],
        ],
        table.Rows); // largest first: Bard's table states thousands (filed 2021), the others dollars
        Assert.Contains("Berkshire Hathaway, Scion Asset Management have no 13F stored yet", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public void WithNoManagerConfigured_TheDemoStillAnswers()
    {
        using var store = new TestStore(sampleHoldings: true);
        var tracker = new SuperinvestorTracker(store.Holdings, Microsoft.Extensions.Options.Options.Create(new SuperinvestorOptions()), store.Time);

        var reply = Holders(new SuperinvestorsCommand(store.Store, store.Seeder, tracker), "TSLA");

        Assert.False(reply.IsError, PlainTextRenderer.Render(reply));
        Assert.Equal(2, Assert.IsType<TableSection>(reply.Sections[0]).Rows.Count);
    }

    [Fact]
    public async Task TeslasSignals_CarryTheConfluenceLine_WhileTheDemoQuarterIsRecent()
    {
        // Acorn Creek's Q4 2024 report holds Tesla; on 2025-03-01 that quarter is within the confluence age limit.
        using var store = new TestStore(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero), sampleHoldings: true);

        var text = PlainTextRenderer.Render(await InsidersAsync(new InsidersCommand(store.Store, store.Seeder, store.Time, Tracker(store), drawChart: false), "TSLA", "3650"));

        Assert.Contains("13F confluence: ACORN CREEK CAPITAL LLC (demo 13F filer) held a $1.1M position in Q4 2024 (name match, exact)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeslasSignals_CarryNoConfluenceLine_OnceEveryDemoQuarterIsStale()
    {
        using var store = new TestStore(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero), sampleHoldings: true);

        var text = PlainTextRenderer.Render(await InsidersAsync(new InsidersCommand(store.Store, store.Seeder, store.Time, Tracker(store), drawChart: false), "TSLA", "from:2021-01-01", "to:2022-12-31"));

        Assert.Contains("Signals (", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13F confluence", text, StringComparison.Ordinal);
    }
}
