using System.Text.RegularExpressions;
using InsiderBot.Chat.Replies;
using InsiderBot.Testing;

namespace InsiderBot.Chat.Tests;

/// <summary>
/// <c>/insiders TICKER from:DATE to:DATE</c>: any past window, not only the last N days — typed (Slack, the console)
/// or as Discord's options in their parameter positions; bad or reversed dates are refused with the format.
/// </summary>
public sealed partial class InsidersWindowTests : IDisposable
{
    private static readonly DateOnly Today = TeslaInsiders.Today;
    private readonly TeslaInsiders tesla = new();

    private TestStore store => tesla.Store;

    public void Dispose() => tesla.Dispose();

    private Task<ChatReply> Ask(params string[] args) => tesla.AskAsync(args);

    [Fact]
    public async Task April2022_ListsExactlyTheTradesOfThoseDates()
    {
        var expected = store.Store.TradesForIssuer(1318605, new DateOnly(2022, 4, 1), new DateOnly(2022, 4, 30));
        Assert.NotEmpty(expected);
        Assert.NotEmpty(store.Store.TradesForIssuer(1318605, new DateOnly(2022, 5, 1), Today)); // trades after the window exist

        var reply = await Ask("TSLA", "from:2022-04-01", "to:2022-04-30");
        var text = PlainTextRenderer.Render(reply);

        Assert.False(reply.IsError, text);
        Assert.Equal("TSLA — Tesla, Inc.: insider trades, 2022-04-01 → 2022-04-30", reply.Title);
        Assert.Contains($"{expected.Count} transaction{(expected.Count == 1 ? "" : "s")} in ", text, StringComparison.Ordinal);
        var shownDays = TradeDay().Matches(text).Select(m => DateOnly.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(shownDays);
        Assert.All(shownDays, d => Assert.InRange(d, new DateOnly(2022, 4, 1), new DateOnly(2022, 4, 30)));
        Assert.Equal(expected.Select(t => t.Date).Distinct().Order(), shownDays.Distinct().Order());
    }

    [Fact]
    public async Task DiscordOptions_InTheirPositions_GiveTheSameWindow()
    {
        var typed = PlainTextRenderer.Render(await Ask("TSLA", "from:2022-04-01", "to:2022-04-30"));
        var options = PlainTextRenderer.Render(await Ask("TSLA", "", "2022-04-01", "2022-04-30"));
        var toOnly = await Ask("TSLA", "", "", "2022-04-30");

        Assert.Equal(typed, options);
        Assert.Equal("TSLA — Tesla, Inc.: insider trades, 2022-01-30 → 2022-04-30", toOnly.Title); // 90 days back from to:
    }

    [Theory]
    [InlineData("from:2022-04-31", "'2022-04-31' is not a date: dates are YYYY-MM-DD")]
    [InlineData("from:04/01/2022", "is not a date: dates are YYYY-MM-DD")]
    [InlineData("from:2022-05-01 to:2022-04-01", "from: must come before to: (2022-05-01 is after 2022-04-01)")]
    [InlineData("from:2010-01-01 to:2022-04-01", "A window spans at most 3650 days")]
    [InlineData("since:2022-04-01", "Unknown option 'since:'. Use days, from: or to:")]
    [InlineData("90 from:2022-04-01 to:2022-04-30", "Give days or from:/to:, not both")]
    public async Task BadOrReversedDates_AreRefused_NamingTheFormat(string window, string refusal)
    {
        var reply = await Ask(["TSLA", .. window.Split(' ')]);

        Assert.True(reply.IsError);
        Assert.Contains(refusal, PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Days_StillCountBackFromToday()
    {
        var reply = await Ask("TSLA", "3650");

        Assert.False(reply.IsError);
        Assert.Equal("TSLA — Tesla, Inc.: insider trades, last 3650 days", reply.Title);
    }

    [GeneratedRegex(@"• (\d{4}-\d{2}-\d{2}) \(")]
    private static partial Regex TradeDay();
}
