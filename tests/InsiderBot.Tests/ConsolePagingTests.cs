using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Testing;

namespace InsiderBot.Tests;

/// <summary><c>more</c> in the console chat shows the next page of the last listing; <c>ask</c> prints the page asked for.</summary>
public sealed class ConsolePagingTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private const long Tesla = 1318605;
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory temp = new();
    private readonly TempDirectory reading = new();

    public void Dispose()
    {
        temp.Dispose();
        reading.Dispose();
    }

    private List<DateOnly> ExpectedTeslaTrades()
    {
        using var store = new TestStore(Now, seeded.Copy(reading));
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        return TradeGroup.Of(store.Store.TradesForIssuer(Tesla, today.AddDays(-3650), today)).Select(g => g.First.Date).ToList();
    }

    [Fact]
    public async Task More_pages_through_every_TSLA_trade_once_in_order_then_says_it_was_the_last()
    {
        var expected = ExpectedTeslaTrades();
        var pages = (expected.Count + 19) / 20;
        Assert.True(pages > 2, $"only {expected.Count} trades");
        var input = "/insiders TSLA 3650\n" + string.Concat(Enumerable.Repeat("more\n", pages)) + "/quit\n";

        var (exit, output, _) = await BotRun.RunAsync(["--store", seeded.Copy(temp)], input, Now);

        Assert.Equal(0, exit);
        var answers = output.Split("> ").Where(a => a.Contains("newest first", StringComparison.Ordinal)).ToList();
        Assert.Equal(pages, answers.Count);
        var listed = answers.SelectMany(ListedTrades.In).ToList();
        Assert.Equal(expected, listed.Select(t => t.Date));
        Assert.Equal(listed.Count, listed.Select(t => t.Text).Distinct().Count());
        Assert.Contains("Type more for the next page.", answers[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Type more for the next page.", answers[^1], StringComparison.Ordinal);
        Assert.Contains($"That was the last page (trades {(pages - 1) * 20 + 1}–{expected.Count} of {expected.Count}); /insiders TSLA 3650 page:{pages - 1} shows the one before.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_after_the_signals_line_pages_through_every_TSLA_signal_once_in_order()
    {
        List<string> expected;
        using (var store = new TestStore(Now, seeded.Copy(reading)))
        {
            var today = DateOnly.FromDateTime(Now.UtcDateTime);
            store.Store.EnsureSignals();
            expected = store.Store.SignalsForIssuer(Tesla, today.AddDays(-3650), today).Select(s => "  • " + PlainTextRenderer.Plain(SignalFormatter.Item(s, Now).Headline)).ToList();
        }

        var pages = (expected.Count + InsidersCommand.MaxSignals - 1) / InsidersCommand.MaxSignals;
        Assert.True(pages > 2, $"only {expected.Count} signals");
        var path = seeded.Copy(temp);
        var (_, first, _) = await BotRun.RunAsync(["ask", "/insiders TSLA 3650", "--store", path], now: Now);
        var line = first.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith($"signals 1–5 of {expected.Count} · all of them: ", StringComparison.Ordinal));
        var input = line[(line.IndexOf(": /", StringComparison.Ordinal) + 2)..] + "\n" + string.Concat(Enumerable.Repeat("more\n", pages - 1)) + "/quit\n";

        var (exit, output, _) = await BotRun.RunAsync(["--store", path], input, Now);

        Assert.Equal(0, exit);
        Assert.Equal(expected, output.Split('\n').Where(expected.Contains).ToList());
        Assert.Contains($"signals {expected.Count - (expected.Count - 1) % InsidersCommand.MaxSignals}–{expected.Count} of {expected.Count}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_before_any_listing_says_what_it_does()
    {
        var (exit, output, _) = await BotRun.RunAsync(["--store", seeded.Copy(temp)], "more\n/quit\n", Now);

        Assert.Equal(0, exit);
        Assert.Contains("Nothing to page: more shows the next page of the last listing, e.g. after /insiders TSLA 3650.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_prints_the_page_asked_for()
    {
        var expected = ExpectedTeslaTrades();

        var (exit, output, _) = await BotRun.RunAsync(["ask", "/insiders TSLA 3650 page:2", "--store", seeded.Copy(temp)], now: Now);

        Assert.Equal(0, exit);
        Assert.Equal(expected.Skip(20).Take(20), ListedTrades.In(output).Select(t => t.Date));
        Assert.Contains($"trades 21–40 of {expected.Count} · next page: /insiders TSLA 3650 page:3", output, StringComparison.Ordinal);
    }
}
