using SkiaSharp;

namespace InsiderBot.Charts.Tests;

public sealed class WindowGroupsTests
{
    private const string Selling = "Unexplained C-suite selling";
    private static float Width(string label) => label.Length * 8;

    private static (SKRect Rect, string Label) Band(float left, float right, string label) => (new SKRect(left, 100, right, 500), label);

    [Fact]
    public void TenIdenticalWindowsDaysApart_GetOneLabelWithTheCount()
    {
        var bands = Enumerable.Range(0, 10).Select(i => Band(600 + i * 2, 603 + i * 2, Selling)).ToList();

        var groups = WindowGroups.Merge(bands, Width);

        var group = Assert.Single(groups);
        Assert.Equal($"{Selling} ×10", group.Label);
        Assert.Equal((600f, 621f), (group.Rect.Left, group.Rect.Right));
    }

    [Fact]
    public void TheSameKindInPeriodsFarApart_KeepsALabelEach()
    {
        var groups = WindowGroups.Merge([Band(100, 103, Selling), Band(102, 105, Selling), Band(900, 903, Selling)], Width);

        Assert.Equal([$"{Selling} ×2", Selling], groups.Select(g => g.Label));
    }

    [Fact]
    public void TwoPeriodsWhoseLabelsCouldMeet_AreOne()
    {
        // 300 px apart: a label of the second, ending at its band, would reach back over a label of the first.
        var groups = WindowGroups.Merge([Band(100, 103, Selling), Band(400, 403, Selling)], Width);

        Assert.Equal([$"{Selling} ×2"], groups.Select(g => g.Label));
    }

    [Fact]
    public void DifferentKinds_OverTheSameDays_AreNamedApart()
    {
        var groups = WindowGroups.Merge([Band(100, 110, Selling), Band(100, 110, "Near-complete liquidation"), Band(104, 112, Selling)], Width);

        Assert.Equal(["Near-complete liquidation", $"{Selling} ×2"], groups.Select(g => g.Label));
    }
}
