using InsiderBot.Insights;
using InsiderBot.Insights.Splits;
using SkiaSharp;

namespace InsiderBot.Charts.Tests;

public sealed class SplitAdjustedChartTests(TeslaStore tesla) : IClassFixture<TeslaStore>
{
    private static readonly DateOnly From = new(2019, 1, 1);
    private static readonly DateOnly To = new(2023, 12, 31);

    [Fact]
    public void TeslaFrom2019To2023_SplitAdjusted_ShowsNoStepAtThe2022Split()
    {
        var splits = tesla.Splits();
        Assert.Equal(2, splits.Splits.Count);
        var reported = tesla.Trades(From, To);
        var adjusted = reported.Select(t => SplitAdjustedTrade.Of(t, splits)).ToList();

        // Musk's last sales before the split (Aug 5–9, 2022, ~$870 reported) and his first after it (Nov 4–8, ~$200).
        var stepReported = Step(Render(reported));
        var stepAdjusted = Step(Render(adjusted));

        Assert.True(stepReported > 0.35, $"reported prices drop {stepReported:P0} of the plot's height at the split");
        Assert.True(stepAdjusted < stepReported / 2, $"split-adjusted the drop is {stepAdjusted:P0}, reported {stepReported:P0}");
    }

    [Fact]
    public void TeslaFrom2019To2023_SplitAdjusted_DrawsThe2020BuyAtItsPriceOnTodaysBasis()
    {
        // The $767 purchase of Feb 14, 2020 is $51.13 after both splits: below every 2021–2022 sale, not level with them.
        var splits = tesla.Splits();
        var buy = Assert.Single(tesla.Trades(new DateOnly(2020, 2, 14), new DateOnly(2020, 2, 14)), t => t.Code == "P");
        Assert.Equal(51.13m, Math.Round(SplitAdjustedTrade.Of(buy, splits).Price!.Value, 2));

        var reported = new PngPixels(Render(tesla.Trades(From, To)));
        var adjusted = new PngPixels(Render(tesla.Trades(From, To).Select(t => SplitAdjustedTrade.Of(t, splits)).ToList()));

        Assert.True(MeanY(adjusted, ChartPalette.Buy, 0, adjusted.Width) - MeanY(adjusted, ChartPalette.Sale, 0, adjusted.Width) >
            (MeanY(reported, ChartPalette.Buy, 0, reported.Width) - MeanY(reported, ChartPalette.Sale, 0, reported.Width)) + reported.Height * 0.1);
    }

    private static byte[] Render(IReadOnlyList<InsiderTrade> trades) => ActivityChart.Render(trades, From, To, [], "TSLA — Tesla, Inc.: insider trades");

    // The vertical distance between the sale markers of the last days before the split and the first days after it, as
    // a share of the plot's height (the bottom axis line gives the plot's width; its row, the height below the title).
    private static double Step(byte[] png)
    {
        var image = new PngPixels(png);
        var (left, right, bottom) = BottomAxis(image);
        Assert.True(right - left > image.Width * 0.8, $"time axis {left}–{right} on row {bottom}");
        int X(DateOnly day) => (int)(left + 14 + ((day.DayNumber - From.DayNumber) / (double)(To.DayNumber - From.DayNumber) * (right - left - 28)));
        var before = MeanY(image, ChartPalette.Sale, X(new DateOnly(2022, 8, 5)) - 2, X(new DateOnly(2022, 8, 9)) + 2);
        var after = MeanY(image, ChartPalette.Sale, X(new DateOnly(2022, 11, 4)) - 2, X(new DateOnly(2022, 11, 8)) + 2);
        return Math.Abs(after - before) / (bottom * 0.8);
    }

    // The time axis: the row in the lower half with the most pixels of the axis colour, from its first such pixel to its last.
    private static (int Left, int Right, int Row) BottomAxis(PngPixels image)
    {
        static bool IsAxis(SKColor c) => Math.Abs(c.Red - ChartPalette.Axis.Red) <= 40 && Math.Abs(c.Green - ChartPalette.Axis.Green) <= 40 && Math.Abs(c.Blue - ChartPalette.Axis.Blue) <= 40;
        var row = Enumerable.Range(image.Height / 2, image.Height / 2).MaxBy(y => Enumerable.Range(0, image.Width).Count(x => IsAxis(image.At(x, y))));
        var xs = Enumerable.Range(0, image.Width).Where(x => IsAxis(image.At(x, row))).ToList();
        return (xs.Min(), xs.Max(), row);
    }

    private static double MeanY(PngPixels image, SKColor colour, int fromX, int toX)
    {
        var ys = new List<int>();
        for (var y = (int)(image.Height * 0.15); y < image.Height; y++)
        {
            for (var x = Math.Max(0, fromX); x <= Math.Min(image.Width - 1, toX); x++)
            {
                if (image.At(x, y) == colour) ys.Add(y);
            }
        }

        Assert.NotEmpty(ys);
        return ys.Average();
    }
}
