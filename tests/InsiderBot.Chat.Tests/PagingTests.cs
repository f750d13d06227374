using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Chat.Tests;

/// <summary>
/// A listing longer than one answer is paged: each page says where it is ("trades 21–40 of 91") and carries the command
/// lines of its neighbours (<c>page:N</c>), which the platforms turn into buttons and <c>more</c>.
/// </summary>
public sealed class PagingTests : IDisposable
{
    private const long Tesla = 1318605;
    private static readonly DateOnly Today = new(2026, 11, 25);
    private readonly TestStore store = new(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
    private readonly ChatCommandRouter router;

    public PagingTests()
    {
        store.Seeder.EnsureSeeded();
        router = new ChatCommandRouter(
            [new InsidersCommand(store.Store, store.Seeder, store.Time, drawChart: false), new InsiderCommand(store.Store, store.Seeder, store.Time),
             new ClustersCommand(store.Store, store.Seeder, store.Time), new QuarantineCommand(store.Store, store.Time), new ExplainCommand()],
            NullLogger<ChatCommandRouter>.Instance);
    }

    public void Dispose() => store.Dispose();

    private Task<ChatReply> Ask(string line) => router.ExecuteAsync(line, ChatOrigin.Console);

    /// <summary>Follows each page's next line from <paramref name="line"/> to the end; returns every page's reply.</summary>
    private async Task<List<ChatReply>> Walk(string line)
    {
        var pages = new List<ChatReply> { await Ask(line) };
        while (ReplyPaging.Of(pages[^1])?.Next is { } next)
        {
            Assert.True(pages.Count < 50, "paging does not end");
            pages.Add(await Ask(next));
        }

        Assert.All(pages, p => Assert.False(p.IsError, p.Title));
        return pages;
    }

    [Fact]
    public async Task Paging_through_TSLA_3650_lists_every_trade_exactly_once_newest_first()
    {
        var expected = TradeGroup.Of(store.Store.TradesForIssuer(Tesla, Today.AddDays(-3650), Today)).Select(g => g.First.Date).ToList();
        Assert.True(expected.Count > 2 * InsidersCommand.MaxItems, $"{expected.Count} trades fit on two pages");

        var pages = await Walk("/insiders TSLA 3650");
        var listed = pages.SelectMany(p => ListedTrades.In(PlainTextRenderer.Render(p))).ToList();

        Assert.Equal(expected, listed.Select(t => t.Date));
        Assert.Equal(listed.Count, listed.Select(t => t.Text).Distinct().Count());
        Assert.Equal((expected.Count + InsidersCommand.MaxItems - 1) / InsidersCommand.MaxItems, pages.Count);
        Assert.Equal($"trades 1–20 of {expected.Count}", ReplyPaging.Of(pages[0])!.Position);
        Assert.Equal($"trades {(pages.Count - 1) * 20 + 1}–{expected.Count} of {expected.Count}", ReplyPaging.Of(pages[^1])!.Position);
        Assert.Null(ReplyPaging.Of(pages[0])!.Previous);
        Assert.Equal("/insiders TSLA 3650 page:1", ReplyPaging.Of(pages[1])!.Previous);
        Assert.Contains($"trades 1–20 of {expected.Count} · next page: /insiders TSLA 3650 page:2", PlainTextRenderer.Render(pages[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_answer_shows_five_signals_and_the_line_that_pages_through_every_one_exactly_once()
    {
        var now = store.Time.GetUtcNow();
        var expected = store.Store.SignalsForIssuer(Tesla, Today.AddDays(-3650), Today).Select(s => SignalFormatter.Item(s, now)).ToList();
        Assert.True(expected.Count > 2 * InsidersCommand.MaxSignals, $"only {expected.Count} signals");

        var first = (await Ask("/insiders TSLA 3650")).Sections.OfType<ItemsSection>().Single(s => s.Rest is not null);
        Assert.Equal(expected.Take(InsidersCommand.MaxSignals), first.Items);
        Assert.Equal($"signals 1–5 of {expected.Count} · all of them: /insiders TSLA 3650 signals page:1", first.Remainder);
        Assert.Equal($"All {expected.Count} signals", first.RestLabel);

        var pages = await Walk(first.Rest!.Line);
        var listed = pages.SelectMany(p => p.Sections.OfType<ItemsSection>()).SelectMany(s => s.Items).ToList();
        Assert.Equal(expected, listed);
        Assert.Equal((expected.Count + InsidersCommand.MaxSignals - 1) / InsidersCommand.MaxSignals, pages.Count);
        Assert.Equal($"signals 6–10 of {expected.Count}", ReplyPaging.Of(pages[1])!.Position);
        Assert.Equal("/insiders TSLA 3650 signals page:3", ReplyPaging.Of(pages[1])!.Next);
        Assert.DoesNotContain("narrow the window", PlainTextRenderer.Render(await Ask("/insiders TSLA 3650")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quarantine_pages_through_every_set_aside_input_once_newest_first()
    {
        var before = store.Store.QuarantineEntries(int.MaxValue).Select(e => e.Source).ToList(); // the sample's own
        var sources = Enumerable.Range(1, 2 * QuarantineCommand.MaxItems + 3 - before.Count).Select(i => $"filing-{i:000}.xml").ToList();
        foreach (var source in sources) store.Store.Quarantine(source, "no ownershipDocument");

        var pages = await Walk("/quarantine");
        var listed = pages.SelectMany(p => p.Sections.OfType<ItemsSection>()).SelectMany(s => s.Items).Select(i => i.Headline).ToList();

        Assert.Equal([.. Enumerable.Reverse(sources), .. before], listed);
        Assert.Equal(3, pages.Count);
        Assert.Equal("inputs 26–50 of 53", ReplyPaging.Of(pages[1])!.Position);
        Assert.Equal("Page 4 is past the end: the 53 inputs fill 3 pages; e.g. /quarantine page:3.", (await Ask("/quarantine page:4")).Title);
    }

    [Fact]
    public async Task Discord_options_in_their_positions_survive_the_page_line()
    {
        // Discord sends days and to: with from: left out, so to: arrives in its own position after an empty from.
        var first = await router.ExecuteAsync("insiders", ["TSLA", "3650", "", "2022-12-31"], ChatOrigin.Console);
        var next = ReplyPaging.Of(first)!.Next!;

        Assert.EndsWith(" → 2022-12-31", first.Title, StringComparison.Ordinal);
        Assert.Equal("/insiders TSLA 3650 \"\" 2022-12-31 page:2", next);
        Assert.Equal(first.Title, (await Ask(next)).Title);
    }

    [Fact]
    public async Task The_insider_listing_pages_too()
    {
        var pages = await Walk("/insider thiel");
        var listed = pages.SelectMany(p => ListedTrades.In(PlainTextRenderer.Render(p))).ToList();
        Assert.True(pages.Count > 1);
        Assert.Equal(listed.Count, listed.Select(t => t.Text).Distinct().Count());
        Assert.Equal(listed.Select(t => t.Date).OrderDescending(), listed.Select(t => t.Date));
        Assert.Equal(ListedTrades.PositionOf(PlainTextRenderer.Render(pages[^1]))!.Value.Total, listed.Count);
    }

    [Theory]
    [InlineData("/insiders TSLA 3650 page:99", "Page 99 is past the end: the 91 trades fill 5 pages; e.g. /insiders TSLA 3650 page:5.")]
    [InlineData("/insiders TSLA 3650 page:0", "'0' is not a page: page: takes a whole number from 1 to 10000, e.g. /insiders TSLA 3650 page:2.")]
    [InlineData("/insiders TSLA page:two", "'two' is not a page: page: takes a whole number from 1 to 10000, e.g. /insiders TSLA page:2.")]
    [InlineData("/insiders TSLA page:2 page:3", "Give one page, e.g. /insiders TSLA page:2.")]
    [InlineData("/insider thiel page:7", "Page 7 is past the end: the 83 trades fill 6 pages; e.g. /insider thiel page:6.")]
    [InlineData("/explain P page:2", "/explain answers on one page; page: works on /clusters, /insider, /insiders, /quarantine.")]
    [InlineData("/insiders TSLA 3650 signals page:9", "Page 9 is past the end: the 16 signals fill 4 pages; e.g. /insiders TSLA 3650 signals page:4.")]
    public async Task A_bad_or_stale_page_is_refused_in_one_private_line_saying_what_works(string line, string refusal)
    {
        var reply = await Ask(line);

        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.Equal(refusal, reply.Title);
        Assert.DoesNotContain('\n', reply.Title);
    }

    [Fact]
    public async Task A_page_refusal_comes_before_the_costly_work_where_it_can()
    {
        Assert.Equal("'x' is not a page: page: takes a whole number from 1 to 10000, e.g. /insiders TSLA page:2.",
            router.QuickAnswer("insiders", ["TSLA", "page:x"], ChatOrigin.Console)?.Title);
        Assert.Null(router.QuickAnswer("insiders", ["TSLA", "page:2"], ChatOrigin.Console));
    }
}
