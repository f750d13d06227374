using InsiderBot.Insights;
using SkiaSharp;

namespace InsiderBot.Charts.Tests;

public sealed class ActivityChartTests(TeslaStore tesla) : IClassFixture<TeslaStore>
{
    private static readonly DateOnly SalesFrom = new(2021, 1, 1);
    private static readonly DateOnly SalesTo = new(2022, 12, 31);
    private static readonly DateOnly AllFrom = new(2009, 1, 1);
    private static readonly DateOnly AllTo = new(2023, 12, 31);

    private static byte[] Render(IReadOnlyList<InsiderTrade> trades, DateOnly from, DateOnly to, IReadOnlyList<(DateOnly, DateOnly, string)>? windows = null) =>
        ActivityChart.Render(trades, from, to, windows ?? [], "TSLA — Tesla, Inc.: insider trades");

    [Fact]
    public void MusksSales_RenderAnEmbedSizedPngThatIsNotBlank()
    {
        var trades = tesla.Trades(SalesFrom, SalesTo);
        Assert.NotEmpty(trades);

        var png = Render(trades, SalesFrom, SalesTo);

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        var image = new PngPixels(png);
        Assert.Equal((ActivityChart.DefaultWidth, ActivityChart.DefaultHeight), (image.Width, image.Height));
        Assert.InRange(image.NotBackground, image.Width * image.Height / 50, image.Width * image.Height / 2);
    }

    [Fact]
    public void MusksSales_AreRedWithGreyExercisesAndNoBuyGreen()
    {
        var trades = tesla.Trades(SalesFrom, SalesTo);
        Assert.Contains(trades, t => t.Classification.Nature == TradeNature.DiscretionarySale);
        Assert.Contains(trades, t => t.Price > 0 && MarkerKinds.Of(t.Classification) == MarkerKind.Mechanical);
        Assert.DoesNotContain(trades, t => t.Classification.Nature == TradeNature.OpenMarketPurchase);

        var image = new PngPixels(Render(trades, SalesFrom, SalesTo));

        Assert.True(image.Count(ChartPalette.Sale) > 1000, $"red pixels: {image.Count(ChartPalette.Sale)}");
        Assert.True(image.Count(ChartPalette.Mechanical) > 100, $"grey pixels: {image.Count(ChartPalette.Mechanical)}");
        Assert.Equal(0, image.Count(ChartPalette.Buy, tolerance: 30));
    }

    [Fact]
    public void MusksWholeHistory_ShowsHisOpenMarketBuysInGreen()
    {
        var trades = tesla.Trades(AllFrom, AllTo);
        Assert.Contains(trades, t => t.Classification.Nature == TradeNature.OpenMarketPurchase && t.Price > 0);

        var image = new PngPixels(Render(trades, AllFrom, AllTo));

        Assert.True(image.Count(ChartPalette.Buy) > 200, $"green pixels: {image.Count(ChartPalette.Buy)}");
        Assert.True(image.Count(ChartPalette.Sale) > 200, $"red pixels: {image.Count(ChartPalette.Sale)}");
    }

    [Fact]
    public void OnlyMechanicalTrades_DrawNeitherBuyNorSaleColours()
    {
        var mechanical = tesla.Trades(SalesFrom, SalesTo).Where(t => MarkerKinds.Of(t.Classification) == MarkerKind.Mechanical).ToList();
        Assert.NotEmpty(mechanical);

        var image = new PngPixels(Render(mechanical, SalesFrom, SalesTo));

        Assert.True(image.Count(ChartPalette.Mechanical) > 100);
        Assert.Equal(0, image.Count(ChartPalette.Buy, tolerance: 30));
        Assert.Equal(0, image.Count(ChartPalette.Sale, tolerance: 30));
    }

    [Fact]
    public void TradesWithoutAPrice_AreLeftOut()
    {
        var unpriced = tesla.Trades(SalesFrom, SalesTo).Select(t => t with { Price = null }).ToList();

        var image = new PngPixels(Render(unpriced, SalesFrom, SalesTo));

        Assert.Equal(0, image.Count(ChartPalette.Sale, tolerance: 30));
        Assert.Equal(0, image.Count(ChartPalette.Mechanical));
        Assert.True(image.NotBackground > 1000, "the frame, title and axes are still drawn");
    }

    [Fact]
    public void SignalWindows_AreShadedOnlyWhenInsideTheWindow()
    {
        var trades = tesla.Trades(SalesFrom, SalesTo);

        var shaded = new PngPixels(Render(trades, SalesFrom, SalesTo, [(new DateOnly(2022, 4, 1), new DateOnly(2022, 5, 15), "Large C-suite sales")]));
        var outside = new PngPixels(Render(trades, SalesFrom, SalesTo, [(new DateOnly(2019, 1, 1), new DateOnly(2019, 2, 1), "Long ago")]));
        var none = new PngPixels(Render(trades, SalesFrom, SalesTo));

        // 45 days of a 730-day axis across ~880 px is ~55 px wide and ~400 px tall.
        Assert.True(shaded.Count(ChartPalette.Window) > 10_000, $"shaded pixels: {shaded.Count(ChartPalette.Window)}");
        Assert.Equal(0, outside.Count(ChartPalette.Window));
        Assert.Equal(0, none.Count(ChartPalette.Window));
    }

    [Fact]
    public void SameInput_GivesIdenticalBytes_WhateverTheOrderOfTheTrades()
    {
        var trades = tesla.Trades(AllFrom, AllTo);
        IReadOnlyList<(DateOnly, DateOnly, string)> windows = [(new DateOnly(2021, 11, 1), new DateOnly(2021, 12, 31), "Selling cluster")];

        var first = Render(trades, AllFrom, AllTo, windows);
        var second = Render(trades, AllFrom, AllTo, windows);
        var reversed = Render([.. trades.Reverse()], AllFrom, AllTo, windows);

        Assert.Equal(first, second);
        Assert.Equal(first, reversed);
    }

    [Fact]
    public void NoTradesAtAll_StillRendersAFramedChart()
    {
        var image = new PngPixels(ActivityChart.Render([], new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31), [], "Nothing here"));

        Assert.Equal((ActivityChart.DefaultWidth, ActivityChart.DefaultHeight), (image.Width, image.Height));
        Assert.True(image.NotBackground > 1000);
        Assert.Equal(0, image.Count(ChartPalette.Mechanical));
    }

    [Fact]
    public void LargestMarker_IsDrawnInItsColourAtItsDateAndPrice()
    {
        // One sale alone: its marker's centre pixel must be sale red, and the buy colour nowhere.
        var sale = tesla.Trades(SalesFrom, SalesTo).Where(t => t.Classification.Nature == TradeNature.DiscretionarySale && t.Price > 0)
            .OrderByDescending(t => t.Classification.Value).ThenBy(t => t.Id, StringComparer.Ordinal).First();

        var image = new PngPixels(Render([sale], sale.Date.AddDays(-30), sale.Date.AddDays(30)));

        // A lone trade sits in the middle of the time axis and the price axis.
        var plotTop = (int)(image.Height * 0.2); // below the title and the legend's red swatch
        var reds = Enumerable.Range(plotTop, image.Height - plotTop).SelectMany(y => Enumerable.Range(0, image.Width).Select(x => (x, y)))
            .Where(p => image.At(p.x, p.y) == ChartPalette.Sale).ToList();
        Assert.NotEmpty(reds);
        Assert.InRange(reds.Average(p => p.x), image.Width * 0.4, image.Width * 0.6);
        Assert.InRange(reds.Average(p => p.y), image.Height * 0.35, image.Height * 0.75);
    }
}
