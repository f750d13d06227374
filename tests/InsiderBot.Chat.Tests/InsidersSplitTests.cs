using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Replies;
using InsiderBot.Testing;

namespace InsiderBot.Chat.Tests;

public sealed class InsidersSplitTests
{
    private static async Task<ChatReply> Insiders(DateOnly today, params string[] args)
    {
        using var store = new TestStore(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4"), "TSLA_*.xml").Order(StringComparer.Ordinal).ToList();
        Assert.Empty(store.Importer.Import(files).Quarantined);
        return await new InsidersCommand(store.Store, store.Seeder, store.Time).ExecuteAsync(new CommandInput(args, ChatOrigin.Console), CancellationToken.None);
    }

    [Fact]
    public async Task Insiders_OverTheSplit_SaysSoAndShowsReportedAndAdjustedPrices()
    {
        var reply = await Insiders(new DateOnly(2022, 12, 31), "TSLA", "365");

        var note = Assert.Single(reply.Sections.OfType<TextSection>(), s => s.Text.Contains("spans", StringComparison.Ordinal));
        Assert.StartsWith("This window spans TSLA's 3-for-1 split between 2022-08-10 and 2022-11-04 (inferred from the filings)", note.Text, StringComparison.Ordinal);
        var trades = Assert.Single(reply.Sections.OfType<ItemsSection>(), s => s.Title.Contains("transactions", StringComparison.Ordinal));
        var august = trades.Items.Where(i => i.Headline.StartsWith("2022-08-09", StringComparison.Ordinal) && i.Detail.Contains(" lots", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(august);
        Assert.All(august, i => Assert.Matches(@"at avg \$8\d\d\.\d\d reported; \$2\d\d\.\d\d split-adjusted \(", i.Detail));
        Assert.All(trades.Items.Where(i => i.Headline.StartsWith("2022-11", StringComparison.Ordinal)), i => Assert.DoesNotContain("split-adjusted", i.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Insiders_AfterTheSplits_SaysNothingOfThem()
    {
        var reply = await Insiders(new DateOnly(2023, 3, 31), "TSLA", "60");

        Assert.False(reply.IsError, reply.Title);
        Assert.StartsWith("TSLA — Tesla", reply.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Sections.OfType<TextSection>(), s => s.Text.Contains("split", StringComparison.Ordinal));
    }
}
