using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Replies;
using InsiderBot.Filings;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Chat.Tests.Signals;

public sealed class SignalCommandTests
{
    private static readonly ChatOrigin Origin = new("console", "local", "console", "tester", CanManage: false);

    private static ChatCommandRouter Router(TestStore t) => new(
    [
        new InsidersCommand(t.Store, t.Seeder, t.Time),
        new ClustersCommand(t.Store, t.Seeder, t.Time),
        new RatioCommand(t.Store, t.Seeder, t.Time),
        new InsiderCommand(t.Store, t.Seeder, t.Time),
    ], NullLogger<ChatCommandRouter>.Instance);

    private static TestStore Sample(DateTimeOffset now)
    {
        var t = new TestStore(now);
        t.Importer.Import([Path.Combine(RepoPaths.SampleData, "form4"), Path.Combine(RepoPaths.SampleData, "form4_sgml")]);
        return t;
    }

    private static async Task<(ChatReply Reply, string Text)> Run(TestStore t, string line)
    {
        var reply = await Router(t).ExecuteAsync(line, Origin);
        return (reply, PlainTextRenderer.Render(reply));
    }

    [Fact]
    public async Task Insiders_shows_the_signals_that_fire_and_the_insiders_status_on_each_trade()
    {
        using var t = Sample(new DateTimeOffset(2022, 12, 20, 12, 0, 0, TimeSpan.Zero));
        var (reply, text) = await Run(t, "/insiders TSLA 30");

        var signals = Assert.Single(reply.Sections.OfType<ItemsSection>(), s => s.Title.StartsWith("Signals", StringComparison.Ordinal));
        Assert.Equal(3, signals.Items.Count);
        Assert.All(signals.Items, i => Assert.StartsWith("Unexplained C-suite selling", i.Headline, StringComparison.Ordinal));
        Assert.Contains("Unexplained sale by the CEO: Musk Elon sold", text, StringComparison.Ordinal);
        Assert.Contains("Checked: no 10b5-1 plan reported", text, StringComparison.Ordinal);
        var trades = Assert.Single(reply.Sections.OfType<ItemsSection>(), s => s.Title.Contains("transaction", StringComparison.Ordinal));
        Assert.All(trades.Items, i => Assert.EndsWith("· opportunistic insider", i.Headline, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Insiders_shows_no_signal_section_for_a_quiet_ticker()
    {
        using var t = Sample(new DateTimeOffset(2021, 12, 31, 12, 0, 0, TimeSpan.Zero));
        var (reply, _) = await Run(t, "/insiders TSLA 20");
        Assert.False(reply.IsError, reply.Title);
        Assert.StartsWith("TSLA — Tesla", reply.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Sections.OfType<ItemsSection>(), s => s.Title.StartsWith("Signals", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/clusters abc")]
    [InlineData("/clusters 0")]
    [InlineData("/clusters 3651")]
    [InlineData("/clusters 30 40")]
    public async Task Clusters_rejects_bad_days_in_one_line_that_says_what_works(string line)
    {
        using var t = new TestStore();
        var (reply, _) = await Run(t, line);
        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.Contains("e.g. /clusters 30", reply.Title, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reply.Title);
    }

    [Fact]
    public async Task Clusters_lists_clean_clusters_before_mixed_ones_across_the_market()
    {
        using var t = new TestStore(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var day = new DateOnly(2026, 11, 2);
        t.Store.IngestFilings(
        [
            Buy(1, 11, day.AddDays(10)), Buy(1, 12, day.AddDays(11)), Buy(1, 13, day.AddDays(12)), Sell(1, 19, day.AddDays(13)),
            Buy(2, 21, day), Buy(2, 22, day.AddDays(1)), Buy(2, 23, day.AddDays(2)),
        ]);

        var (reply, text) = await Run(t, "/clusters 60");
        var items = Assert.Single(reply.Sections.OfType<ItemsSection>()).Items;
        Assert.Equal(2, items.Count);
        Assert.StartsWith("C2 · Cluster buying (clean)", items[0].Headline, StringComparison.Ordinal);
        Assert.StartsWith("C1 · Cluster buying (mixed)", items[1].Headline, StringComparison.Ordinal);
        Assert.Contains("Cluster buying, last 60 days: 2 (1 clean)", text, StringComparison.Ordinal);

        var (none, noneText) = await Run(t, "/clusters 5");
        Assert.False(none.IsError);
        Assert.Contains("try /clusters", noneText, StringComparison.Ordinal);

        // A past window: only the cluster that ended inside it.
        var (early, earlyText) = await Run(t, "/clusters from:2026-11-01 to:2026-11-08");
        Assert.StartsWith("C2 · Cluster buying (clean)", Assert.Single(Assert.Single(early.Sections.OfType<ItemsSection>()).Items).Headline, StringComparison.Ordinal);
        Assert.Contains("Cluster buying, 2026-11-01 → 2026-11-08: 1 (1 clean)", earlyText, StringComparison.Ordinal);
        var (reversed, reversedText) = await Run(t, "/clusters from:2026-11-08 to:2026-11-01");
        Assert.True(reversed.IsError);
        Assert.Contains("from: must come before to:", reversedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ratio_reads_the_latest_month_against_its_own_history_and_rejects_bad_months()
    {
        using var t = Sample(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var (reply, text) = await Run(t, "/ratio");
        Assert.False(reply.IsError);
        Assert.Contains("the latest month with one", text, StringComparison.Ordinal);
        Assert.DoesNotContain("50%", text, StringComparison.Ordinal);
        Assert.Single(reply.Sections.OfType<TableSection>());

        var (december, decemberText) = await Run(t, "/ratio 2022-12");
        Assert.Equal("Insider buy/sell ratio: December 2022", december.Title);
        Assert.Contains("discretionary sale", decemberText, StringComparison.Ordinal);

        foreach (var bad in new[] { "/ratio 2022-13", "/ratio december", "/ratio 2030-01", "/ratio 2022-12 x" })
        {
            var (error, _) = await Run(t, bad);
            Assert.True(error.IsError, bad);
            Assert.Contains("YYYY-MM", error.Title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ratio_reads_any_window_of_days_against_as_many_windows_of_its_length_before_it()
    {
        using var t = Sample(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var (from, to) = (new DateOnly(2022, 11, 1), new DateOnly(2022, 12, 15));
        var options = new InsiderBot.Insights.Signals.SignalOptions();
        var direct = InsiderBot.Insights.Signals.MarketRatio.Tally(t.Store.TradesBetween(from.AddDays(-45 * options.RatioHistoryMonths), to));
        var inWindow = direct.Where(d => d.Day >= from && d.Day <= to).ToList();
        var earlier = direct.Where(d => d.Day >= from.AddDays(-45) && d.Day < from).ToList();
        Assert.True(inWindow.Sum(d => d.Purchases + d.Sales) > 0, "the sample trades in the window");

        var (typed, text) = await Run(t, "/ratio from:2022-11-01 to:2022-12-15");
        var (positions, positionsText) = await Run(t, "/ratio \"\" 2022-11-01 2022-12-15"); // Discord: the month left empty, from and to in their places

        Assert.False(typed.IsError, typed.Title);
        Assert.Equal("Insider buy/sell ratio: 2022-11-01 → 2022-12-15", typed.Title);
        Assert.Equal(text, positionsText);
        var fields = typed.Sections.OfType<FieldsSection>().Single().Fields;
        Assert.Equal($"{inWindow.Sum(d => d.Purchases)} (", fields.Single(f => f.Name == "Open-market buys").Value[..($"{inWindow.Sum(d => d.Purchases)} (".Length)]);
        Assert.Equal($"{inWindow.Sum(d => d.Sales)} (", fields.Single(f => f.Name == "Discretionary sales").Value[..($"{inWindow.Sum(d => d.Sales)} (".Length)]);
        var reading = t.Store.ReadMarketTallies().Reading(from, to);
        Assert.Equal(options.RatioHistoryMonths, reading.History.Count);
        Assert.Equal((from.AddDays(-45), from.AddDays(-1)), (reading.History[0].Start, reading.History[0].End));
        Assert.Equal((earlier.Sum(d => d.Purchases), earlier.Sum(d => d.Sales)), (reading.History[0].Purchases, reading.History[0].Sales));
        Assert.DoesNotContain(" months", fields.Single(f => f.Name == "Rank vs own history").Value, StringComparison.Ordinal);

        foreach (var (bad, says) in new[] { ("/ratio 2022-12 from:2022-11-01", "YYYY-MM"), ("/ratio from:2022-13-01 to:2022-12-15", "YYYY-MM-DD"), ("/ratio from:2022-12-15 to:2022-11-01", "YYYY-MM-DD"), ("/ratio from:2020-01-01 to:2022-12-15", "at most 366 days") })
        {
            var (error, _) = await Run(t, bad);
            Assert.True(error.IsError, bad);
            Assert.Contains(says, error.Title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ratio_falling_back_to_the_latest_month_answers_exactly_as_asking_for_that_month()
    {
        using var t = Sample(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var newest = t.Store.NewestDecisionDay()!.Value;
        var (fallback, fallbackText) = await Run(t, "/ratio");
        var (asked, askedText) = await Run(t, $"/ratio {newest:yyyy-MM}");

        Assert.Equal(asked.Title, fallback.Title);
        var note = $"No open-market purchases or discretionary sales are stored for November 2026 yet; showing {newest:MMMM yyyy}, the latest month with one. ";
        Assert.Contains(note, fallbackText, StringComparison.Ordinal);
        Assert.Equal(askedText, fallbackText.Replace(note, "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Insider_finds_a_name_in_any_case_and_order_and_suggests_close_spellings()
    {
        using var t = Sample(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var (reply, text) = await Run(t, "/insider elon MUSK");
        Assert.Equal("Musk Elon", reply.Title);
        Assert.Contains("TSLA", text, StringComparison.Ordinal);
        Assert.Contains("opportunistic insider", text, StringComparison.Ordinal);

        var (missing, _) = await Run(t, "/insider muks");
        Assert.True(missing.IsError);
        Assert.Contains("Close matches: Musk Elon", missing.Title, StringComparison.Ordinal);

        var (tooShort, _) = await Run(t, "/insider x");
        Assert.True(tooShort.IsError);
        Assert.Contains("/insider musk", tooShort.Title, StringComparison.Ordinal);
    }

    private static readonly DirectorFilings Filings = new("0008888888");

    private static Form4Filing Buy(long issuer, long insider, DateOnly date) => Filings.Buy(issuer, insider, date);

    private static Form4Filing Sell(long issuer, long insider, DateOnly date) => Filings.Sell(issuer, insider, date);
}
