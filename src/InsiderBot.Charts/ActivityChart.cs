using InsiderBot.Insights;
using SkiaSharp;

namespace InsiderBot.Charts;

/// <summary>
/// The picture that goes with <c>/insiders</c>: every priced trade in the window as a marker at its price, open-market
/// buys green, discretionary sales red, mechanical trades grey and small, marker area by dollar value, signal windows
/// shaded, and the largest trades named. Sized for a chat embed and readable on a phone; the same input always gives
/// the same bytes.
/// </summary>
public static class ActivityChart
{
    /// <summary>Discord's embed image width; Slack and phones scale it down cleanly.</summary>
    public const int DefaultWidth = 1000;
    public const int DefaultHeight = 560;

    /// <summary>Renders the chart as PNG bytes. Trades without a price, or outside the window, are left out.</summary>
    public static byte[] Render(
        IReadOnlyList<InsiderTrade> trades,
        DateOnly from,
        DateOnly to,
        IReadOnlyList<(DateOnly From, DateOnly To, string Label)> shadedWindows,
        string title) =>
        Render(trades, from, to, shadedWindows, title, DefaultWidth, DefaultHeight);

    /// <inheritdoc cref="Render(IReadOnlyList{InsiderTrade}, DateOnly, DateOnly, IReadOnlyList{ValueTuple{DateOnly, DateOnly, string}}, string)"/>
    public static byte[] Render(
        IReadOnlyList<InsiderTrade> trades,
        DateOnly from,
        DateOnly to,
        IReadOnlyList<(DateOnly From, DateOnly To, string Label)> shadedWindows,
        string title,
        int width,
        int height)
    {
        using var surface = Paint(trades, from, to, shadedWindows, title, width, height, []);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>
    /// Every piece of text <see cref="Render(IReadOnlyList{InsiderTrade}, DateOnly, DateOnly, IReadOnlyList{ValueTuple{DateOnly, DateOnly, string}}, string)"/>
    /// draws for the same input, with its box: what a reader sees, to check that nothing is drawn over anything else.
    /// </summary>
    public static IReadOnlyList<ChartLabel> Labels(
        IReadOnlyList<InsiderTrade> trades,
        DateOnly from,
        DateOnly to,
        IReadOnlyList<(DateOnly From, DateOnly To, string Label)> shadedWindows,
        string title,
        int width = DefaultWidth,
        int height = DefaultHeight)
    {
        var drawn = new List<ChartLabel>();
        using var surface = Paint(trades, from, to, shadedWindows, title, width, height, drawn);
        return drawn;
    }

    private static SKSurface Paint(
        IReadOnlyList<InsiderTrade> trades, DateOnly from, DateOnly to, IReadOnlyList<(DateOnly From, DateOnly To, string Label)> shadedWindows, string title, int width, int height, List<ChartLabel> drawn)
    {
        ArgumentNullException.ThrowIfNull(trades);
        ArgumentNullException.ThrowIfNull(shadedWindows);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 480);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 300);
        if (to < from) (from, to) = (to, from);

        var points = ChartPoint.From(trades, from, to);
        var windows = shadedWindows
            .Select(w => w.To < w.From ? (From: w.To, To: w.From, w.Label) : w)
            .Where(w => w.To >= from && w.From <= to)
            .Select(w => (From: w.From < from ? from : w.From, To: w.To > to ? to : w.To, w.Label))
            .OrderBy(w => w.From).ThenBy(w => w.To).ThenBy(w => w.Label, StringComparer.Ordinal)
            .ToList();

        var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(ChartPalette.Background);
        new ActivityChartPainter(canvas, width, height, drawn).Paint(points, new TimeScale(from, to), windows, title ?? "");
        canvas.Flush();
        return surface;
    }
}
