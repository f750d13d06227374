using SkiaSharp;

namespace InsiderBot.Charts;

/// <summary>The key under the title: only the kinds the chart shows, wrapped onto a second row when they do not fit.</summary>
internal static class ChartLegend
{
    private const float FontSize = 16;
    private const float Swatch = 14;
    private const float ItemGap = 22;
    private const float RowGap = 6;

    /// <summary>Draws the key starting at (<paramref name="left"/>, <paramref name="top"/>) and returns where it ends.</summary>
    public static float Draw(SKCanvas canvas, IReadOnlyCollection<MarkerKind> kinds, bool hasWindows, float left, float top, float right, List<ChartLabel> drawn)
    {
        using var font = ChartFonts.Regular(FontSize);
        using var paint = new SKPaint { IsAntialias = true };
        var entries = new List<(string Text, Action<float, float>? DrawSwatch)>();
        foreach (var kind in new[] { MarkerKind.Buy, MarkerKind.Sale, MarkerKind.Mechanical }.Where(kinds.Contains))
        {
            entries.Add((Describe(kind), (x, y) =>
            {
                paint.Color = ChartPalette.Of(kind);
                var r = kind == MarkerKind.Mechanical ? Swatch * 0.3f : Swatch / 2;
                canvas.DrawCircle(x + Swatch / 2, y, r, paint);
            }));
        }

        if (hasWindows)
        {
            entries.Add(("Signal window", (x, y) =>
            {
                paint.Color = ChartPalette.Window;
                canvas.DrawRect(x, y - Swatch / 2, Swatch, Swatch, paint);
            }));
        }

        entries.Add(("Marker area = $ value", null));

        var lineHeight = font.Spacing;
        var rowTop = top;
        var x = left;
        foreach (var (text, drawSwatch) in entries)
        {
            var width = (drawSwatch is null ? 0 : Swatch + 6) + font.MeasureText(text);
            if (x > left && x + width > right)
            {
                x = left;
                rowTop += lineHeight + RowGap;
            }

            var middle = rowTop + lineHeight / 2;
            if (drawSwatch is not null)
            {
                drawSwatch(x, middle);
                x += Swatch + 6;
            }

            paint.Color = drawSwatch is null ? ChartPalette.MutedText : ChartPalette.Text;
            var baseline = middle - (font.Metrics.Ascent + font.Metrics.Descent) / 2;
            var shown = ChartText.Fit(text, font, right - x);
            canvas.DrawText(shown, x, baseline, SKTextAlign.Left, font, paint);
            if (shown.Length > 0) ActivityChartPainter.Record(drawn, ChartLabelKind.Legend, shown, x, baseline, font);
            x += font.MeasureText(text) + ItemGap;
        }

        return rowTop + lineHeight;
    }

    public static string Describe(MarkerKind kind) => kind switch
    {
        MarkerKind.Buy => "Open-market buy",
        MarkerKind.Sale => "Discretionary sale",
        _ => "Plan, exercise, tax or grant",
    };
}
