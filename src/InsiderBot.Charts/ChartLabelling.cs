using SkiaSharp;

namespace InsiderBot.Charts;

/// <summary>
/// The words inside the plot: each signal window's name at the top of its band, and the insider's name and the
/// dollar value beside the largest trades (one per insider first). A label that fits nowhere is left out rather than
/// drawn over another or cut off. Each label drawn is added to <paramref name="drawn"/>.
/// </summary>
internal sealed class ChartLabelling(SKCanvas canvas, SKRect plot, List<ChartLabel> drawn)
{
    public const int MaxTradeLabels = 5;
    public const int MinTradeLabels = 3;
    private const float PadX = 5;
    private const float PadY = 3;

    public void Draw(IReadOnlyList<ChartMarker> markers, IReadOnlyList<(SKRect Rect, string Label)> bands)
    {
        var placer = new LabelPlacer(SKRect.Inflate(plot, -2, -2));
        foreach (var m in markers) placer.AddMarker(m.Centre, m.Radius);
        using var paint = new SKPaint { IsAntialias = true };

        using (var windowFont = ChartFonts.Bold(13))
        {
            var groups = WindowGroups.Merge(bands, label => windowFont.MeasureText(label) + 2 * PadX);
            foreach (var (rect, label) in groups) DrawWindowLabel(placer, rect, label, windowFont, paint);
        }

        using var font = ChartFonts.Regular(15);
        foreach (var marker in Chosen(markers)) DrawTradeLabel(placer, marker, font, paint);
    }

    /// <summary>
    /// The largest buys and sales first (mechanical trades only after them), one per insider and kind — so an insider's
    /// buy is named even when their sale is bigger — then repeats up to the minimum.
    /// </summary>
    public static IReadOnlyList<ChartMarker> Chosen(IReadOnlyList<ChartMarker> markers)
    {
        var ranked = markers
            .Where(m => m.Point.Value > 0)
            .OrderBy(m => m.Point.Kind == MarkerKind.Mechanical ? 1 : 0)
            .ThenByDescending(m => m.Point.Value)
            .ThenBy(m => m.Point.Trade.Id, StringComparer.Ordinal)
            .ToList();
        var chosen = new List<ChartMarker>();
        var named = new HashSet<(long, MarkerKind)>();
        foreach (var m in ranked)
        {
            if (chosen.Count < MaxTradeLabels && named.Add((m.Point.Trade.InsiderCik, m.Point.Kind))) chosen.Add(m);
        }

        foreach (var m in ranked)
        {
            if (chosen.Count >= MinTradeLabels) break;
            if (!chosen.Contains(m)) chosen.Add(m);
        }

        return chosen;
    }

    private void DrawWindowLabel(LabelPlacer placer, SKRect band, string label, SKFont font, SKPaint paint)
    {
        var text = ChartText.Fit(label, font, Math.Min(plot.Width - 12, 320));
        if (text.Length == 0) return;
        var size = new SKSize(font.MeasureText(text) + 2 * PadX, font.Spacing + 2 * PadY);
        var candidates = Enumerable.Range(0, 6).SelectMany(row => new[]
        {
            (SKRect.Create(band.Left + 2, plot.Top + 4 + row * (size.Height + 2), size.Width, size.Height), row * 2),
            (SKRect.Create(band.Right - 2 - size.Width, plot.Top + 4 + row * (size.Height + 2), size.Width, size.Height), row * 2 + 1),
        });
        if (placer.Place(candidates) is not { } rect) return;
        paint.Color = ChartPalette.Window;
        canvas.DrawRoundRect(rect, 3, 3, paint);
        paint.Color = ChartPalette.WindowText;
        canvas.DrawText(text, rect.Left + PadX, Baseline(rect, font), SKTextAlign.Left, font, paint);
        drawn.Add(new ChartLabel(ChartLabelKind.Window, text, rect.Left, rect.Top, rect.Right, rect.Bottom));
    }

    private void DrawTradeLabel(LabelPlacer placer, ChartMarker marker, SKFont font, SKPaint paint)
    {
        var text = $"{ChartText.Name(marker.Point.Trade.InsiderName)} · {ChartText.Money(marker.Point.Value)}";
        var size = new SKSize(font.MeasureText(text) + 2 * PadX, font.Spacing + 2 * PadY);
        if (placer.Place(LabelPlacer.Around(marker.Centre, marker.Radius, size), marker.Centre) is not { } rect) return;

        var nearest = LabelPlacer.Nearest(rect, marker.Centre);
        var distance = SKPoint.Distance(marker.Centre, nearest);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 1;
        if (distance > marker.Radius + 8)
        {
            paint.Color = ChartPalette.Axis;
            var edge = marker.Centre + new SKPoint((nearest.X - marker.Centre.X) / distance * marker.Radius, (nearest.Y - marker.Centre.Y) / distance * marker.Radius);
            canvas.DrawLine(edge, nearest, paint);
        }

        paint.Style = SKPaintStyle.Fill;
        paint.Color = ChartPalette.LabelBackground;
        canvas.DrawRoundRect(rect, 4, 4, paint);
        paint.Style = SKPaintStyle.Stroke;
        paint.Color = ChartPalette.Of(marker.Point.Kind);
        canvas.DrawRoundRect(rect, 4, 4, paint);
        paint.Style = SKPaintStyle.Fill;
        paint.Color = ChartPalette.Text;
        canvas.DrawText(text, rect.Left + PadX, Baseline(rect, font), SKTextAlign.Left, font, paint);
        drawn.Add(new ChartLabel(ChartLabelKind.Trade, text, rect.Left, rect.Top, rect.Right, rect.Bottom));
    }

    private static float Baseline(SKRect rect, SKFont font) => rect.MidY - (font.Metrics.Ascent + font.Metrics.Descent) / 2;
}
