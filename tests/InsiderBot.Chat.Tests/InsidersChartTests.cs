using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Formatting;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using InsiderBot.Store;
using InsiderBot.Testing;
using SkiaSharp;

namespace InsiderBot.Chat.Tests;

public sealed class InsidersChartTests
{
    /// <summary><c>/insiders</c> against a real store holding Tesla's sample filings, asked on <paramref name="today"/>.</summary>
    private static async Task<Replies.ChatReply> Insiders(DateOnly today, params string[] args)
    {
        using var store = new TestStore(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4"), "TSLA_*.xml").Order(StringComparer.Ordinal).ToList();
        Assert.Empty(store.Importer.Import(files).Quarantined);
        var command = new InsidersCommand(store.Store, store.Seeder, store.Time);
        return await command.ExecuteAsync(new CommandInput(args, ChatOrigin.Console), CancellationToken.None);
    }

    [Fact]
    public async Task Insiders_WithPricedTrades_CarriesThePngChart()
    {
        var reply = await Insiders(new DateOnly(2022, 12, 31), "tsla", "365");

        Assert.False(reply.IsError);
        var chart = Assert.IsType<Replies.ReplyImage>(reply.Chart);
        Assert.Equal("TSLA-insiders.png", chart.FileName);
        Assert.Contains("discretionary sales (red)", chart.Description, StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(chart.Png);
        Assert.Equal((1000, 560), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task Insiders_WithOnlyAnUnpricedGift_HasNoChart()
    {
        var reply = await Insiders(new DateOnly(2019, 12, 20), "TSLA", "10");

        Assert.False(reply.IsError);
        Assert.Contains(reply.Sections, s => s is Replies.ItemsSection);
        Assert.Null(reply.Chart);
    }

    [Fact]
    public void Windows_AreTheSignalsOwnSpans_LabelledWithTheirHeadline()
    {
        var signal = new SignalRecord
        {
            Id = "cluster-buy:1:20240102",
            Kind = SignalKind.ClusterBuying,
            IssuerCik = 1,
            From = new DateOnly(2024, 1, 2),
            To = new DateOnly(2024, 1, 12),
            Reason = "Three insiders bought.",
            Checked = "No discretionary sales.",
            Insiders = [],
            Fingerprint = "f",
            IsMixed = true,
        };

        var window = Assert.Single(ActivityCharts.Windows([signal]));

        Assert.Equal((new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 12), "Cluster buying (mixed: insiders also sold)"), window);
    }

    [Fact]
    public async Task Insiders_WithCeoSellingSignals_ListsThemBesideTheChart()
    {
        var reply = await Insiders(new DateOnly(2022, 12, 31), "TSLA", "60");

        var signals = Assert.Single(reply.Sections.OfType<Replies.ItemsSection>(), s => s.Title.StartsWith("Signals", StringComparison.Ordinal));
        Assert.Contains(signals.Items, i => i.Headline.Contains("Unexplained C-suite selling", StringComparison.Ordinal) || i.Headline.Contains("C-suite", StringComparison.Ordinal));
        Assert.NotNull(reply.Chart);
    }
}
