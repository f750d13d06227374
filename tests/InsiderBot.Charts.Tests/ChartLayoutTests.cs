using SkiaSharp;

namespace InsiderBot.Charts.Tests;

public sealed class ChartLayoutTests
{
    [Theory]
    [InlineData("2024-03-01", "2024-03-01")]
    [InlineData("2024-03-01", "2024-03-10")]
    [InlineData("2024-01-01", "2024-03-31")]
    [InlineData("2023-06-15", "2024-06-14")]
    [InlineData("2021-01-01", "2022-12-31")]
    [InlineData("2009-01-01", "2023-12-31")]
    [InlineData("1996-01-01", "2026-12-31")]
    public void TimeTicks_NeverTouchAndStayInsideTheImage(string from, string to)
    {
        var scale = new TimeScale(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        using var font = ChartFonts.Regular(15);
        float X(DateOnly d) => 80 + (float)scale.Fraction(d) * 880;

        var ticks = scale.Ticks(font, X, 16, 984, gap: 14);

        Assert.NotEmpty(ticks);
        Assert.All(ticks, t => Assert.InRange(t.LabelLeft, 16, 984 - font.MeasureText(t.Label)));
        Assert.All(ticks, t => Assert.True(scale.Contains(t.Day)));
        for (var i = 1; i < ticks.Count; i++)
            Assert.True(ticks[i].LabelLeft >= ticks[i - 1].LabelLeft + font.MeasureText(ticks[i - 1].Label) + 14, $"{ticks[i - 1].Label} touches {ticks[i].Label}");
        if (scale.To.DayNumber - scale.From.DayNumber >= 60) Assert.True(ticks.Count >= 2);
    }

    [Fact]
    public void Labels_AroundADenseCluster_NeitherOverlapNorLeaveThePlot()
    {
        var plot = new SKRect(80, 90, 980, 510);
        var placer = new LabelPlacer(plot);
        var centres = Enumerable.Range(0, 40).Select(i => new SKPoint(940 + i % 5 * 6, 100 + i / 5 * 4)).ToList();
        foreach (var c in centres) placer.AddMarker(c, 12);

        var placed = centres.Take(8)
            .Select(c => placer.Place(LabelPlacer.Around(c, 12, new SKSize(170, 24)), c))
            .OfType<SKRect>()
            .ToList();

        Assert.True(placed.Count >= 5, $"placed {placed.Count} of 8");
        Assert.All(placed, r => Assert.True(plot.Contains(r), $"{r} leaves the plot"));
        for (var i = 0; i < placed.Count; i++)
            for (var j = i + 1; j < placed.Count; j++)
                Assert.False(placed[i].IntersectsWith(placed[j]), $"{placed[i]} overlaps {placed[j]}");
    }

    [Fact]
    public void LabelThatFitsNowhere_IsLeftOut()
    {
        var placer = new LabelPlacer(new SKRect(0, 0, 100, 50));

        Assert.Null(placer.Place(LabelPlacer.Around(new SKPoint(50, 25), 5, new SKSize(300, 20))));
        Assert.NotNull(placer.Place(LabelPlacer.Around(new SKPoint(50, 25), 5, new SKSize(30, 20)))); // the same label, narrower
    }

    [Fact]
    public void ChosenLabels_NameTheLargestSignalTradesOncePerInsiderAndKindFirst()
    {
        var markers = new[]
        {
            Marker("a", 1, MarkerKind.Sale, 900),
            Marker("b", 1, MarkerKind.Sale, 800),
            Marker("c", 2, MarkerKind.Buy, 50),
            Marker("d", 3, MarkerKind.Mechanical, 5000),
            Marker("e", 4, MarkerKind.Sale, 10),
            Marker("f", 1, MarkerKind.Buy, 5),
        };

        var chosen = ChartLabelling.Chosen(markers).Select(m => m.Point.Trade.Id).ToList();

        Assert.Equal(["a", "c", "e", "f", "d"], chosen);
    }

    [Theory]
    [InlineData("MUSK ELON", "Musk Elon")]
    [InlineData("Musk Elon", "Musk Elon")]
    [InlineData("  Thiel   Peter ", "Thiel Peter")]
    [InlineData("", "Unnamed insider")]
    [InlineData("Mithril Capital Management GP II LLC", "Mithril Capital Managem…")]
    public void Names_AreTidiedAndKeptShort(string filed, string shown) => Assert.Equal(shown, ChartText.Name(filed));

    [Theory]
    [InlineData(2_150_000_000, "$2.2B")]
    [InlineData(387_000_000, "$387M")]
    [InlineData(45_300, "$45.3k")]
    [InlineData(4_500, "$4,500")]
    public void Money_IsShort(double value, string shown) => Assert.Equal(shown, ChartText.Money(value));

    private static ChartMarker Marker(string id, long insider, MarkerKind kind, double value) =>
        new(new ChartPoint(new Insights.InsiderTrade
        {
            Id = id,
            Accession = "0000000000-00-000000",
            IssuerCik = 1,
            InsiderCik = insider,
            Date = new DateOnly(2024, 1, 1),
            Code = "S",
            Classification = new Insights.TransactionClassification(Insights.TradeNature.Other, Insights.PlanEvidence.Unknown, Insights.InsiderRole.None, null, (decimal)value, Insights.DataFlag.None),
        }, kind, 10, value), new SKPoint(0, 0), 5);
}
