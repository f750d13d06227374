using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Replies;
using InsiderBot.Filings;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using InsiderBot.Testing;

namespace InsiderBot.Chat.Tests;

public sealed class SuperinvestorsCommandTests : IDisposable
{
    private const long Berkshire = 1067983;
    private readonly TestStore store = new();
    private readonly HoldingsStore holdings;

    public SuperinvestorsCommandTests()
    {
        holdings = new HoldingsStore(store.Database);
        var path = RepoPaths.Fixture("edgar", "13f", "infotable_172rows.edgar4j_20651.xml");
        var q4 = new ThirteenFParser().Parse(File.ReadAllBytes(path), path, new DateOnly(2022, 12, 31), new DateOnly(2023, 2, 14)).Report!;
        var q3 = q4 with
        {
            Period = new DateOnly(2022, 9, 30),
            FiledOn = new DateOnly(2022, 11, 14),
            Holdings = [.. q4.Holdings.Select(h => h.Cusip == "037833100" ? h with { Amount = 894_802_319m } : h)],
        };
        holdings.Save(q3, Berkshire);
        holdings.Save(q4, Berkshire);
    }

    public void Dispose() => store.Dispose();

    private ChatReply Ask(List<TrackedManager> managers, params string[] args)
    {
        var tracker = new SuperinvestorTracker(holdings, Microsoft.Extensions.Options.Options.Create(new SuperinvestorOptions { Managers = managers }), store.Time);
        var command = new SuperinvestorsCommand(store.Store, store.Seeder, tracker);
        command.Readiness.Ensure(); // as the router does before every run
        return command.Execute(new CommandInput(args, ChatOrigin.Console));
    }

    private static List<TrackedManager> Tracked() => [new() { Cik = Berkshire, Name = "Berkshire Hathaway" }, new() { Cik = 1649339, Name = "Scion Asset Management" }];

    [Fact]
    public void Apple_ShowsBerkshiresPositionAndTheAddition()
    {
        var reply = Ask(Tracked(), "aapl");

        Assert.False(reply.IsError, reply.Title);
        Assert.Equal(ReplyTone.Buying, reply.Tone);
        var table = Assert.IsType<TableSection>(reply.Sections[0]);
        var row = Assert.Single(table.Rows);
        Assert.Equal(["Berkshire Hathaway", "Q4 2022", "895 million shares", "$116B", "added +0.04%"], row);
        Assert.Contains("Berkshire Hathaway", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public void ACompanyNoTrackedManagerHolds_SaysSo()
    {
        var reply = Ask(Tracked(), "TSLA");

        Assert.False(reply.IsError);
        var text = PlainTextRenderer.Render(reply);
        Assert.Contains("Berkshire Hathaway, the one tracked manager with a stored 13F, does not hold TSLA", text, StringComparison.Ordinal);
        Assert.Contains("Scion Asset Management has no 13F stored yet, so its holdings are unknown.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithNo13FStored_SaysTheStoreCannotTell_InsteadOfThatNobodyHoldsIt()
    {
        var reply = Ask([new() { Cik = 1649339, Name = "Scion Asset Management" }, new() { Cik = 1336528, Name = "Pershing Square" }], "TSLA");

        var text = PlainTextRenderer.Render(reply);
        Assert.False(reply.IsError);
        Assert.Contains("No 13F report of the 2 tracked managers is stored yet, so this store cannot say whether they hold TSLA.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("None of", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AHolding_NamesTheTrackedManagersWhoseHoldingsAreUnknown()
    {
        var text = PlainTextRenderer.Render(Ask(Tracked(), "AAPL"));

        Assert.Contains("Berkshire Hathaway", text, StringComparison.Ordinal);
        Assert.Contains("Scion Asset Management has no 13F stored yet", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Name one ticker")]
    [InlineData("NOPE1", "Unknown ticker")]
    public void BadInput_IsAnError(string ticker, string message)
    {
        var reply = Ask(Tracked(), ticker);

        Assert.True(reply.IsError);
        Assert.Contains(message, reply.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void NoManagersConfigured_NamesTheSetting()
    {
        var reply = Ask([], "AAPL");

        Assert.True(reply.IsError);
        Assert.Contains("Superinvestors:Managers", reply.Title, StringComparison.Ordinal);
    }
}
