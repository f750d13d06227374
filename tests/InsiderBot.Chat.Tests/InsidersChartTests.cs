using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Formatting;
using InsiderBot.Insights;
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
    public void BuyingClusters_NeedTwoInsidersWithinThirtyDays()
    {
        var trades = new[]
        {
            Buy("a", 1, new DateOnly(2024, 1, 2)),
            Buy("b", 2, new DateOnly(2024, 1, 20)),
            Buy("c", 3, new DateOnly(2024, 1, 25)),
            Buy("d", 1, new DateOnly(2024, 5, 1)),
            Buy("e", 1, new DateOnly(2024, 5, 3)),
            Buy("f", 4, new DateOnly(2024, 5, 4), flagged: true),
        };

        var clusters = ActivityCharts.BuyingClusters(trades);

        var cluster = Assert.Single(clusters);
        Assert.Equal((new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 25)), (cluster.From, cluster.To));
        Assert.Equal("Cluster buying: 3 insiders", cluster.Label);
    }

    private static InsiderTrade Buy(string id, long insider, DateOnly date, bool flagged = false) => new()
    {
        Id = id,
        Accession = "0000000000-24-00000" + id,
        IssuerCik = 1,
        InsiderCik = insider,
        Date = date,
        Code = "P",
        Price = 10,
        Shares = 1000,
        Classification = new TransactionClassification(
            TradeNature.OpenMarketPurchase, PlanEvidence.Unknown, InsiderRole.None, null, 10_000m, flagged ? DataFlag.PriceLooksLikeTotal : DataFlag.None),
    };
}
