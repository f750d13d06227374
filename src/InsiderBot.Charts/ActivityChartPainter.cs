using SkiaSharp;

namespace InsiderBot.Charts;

/// <summary>
/// Lays the chart out top to bottom (title, legend, price-axis caption, plot, time axis) and draws each part; every
/// piece of text drawn is added to <paramref name="drawn"/> with its box.
/// </summary>
internal sealed class ActivityChartPainter(SKCanvas canvas, int width, int height, List<ChartLabel> drawn)
{
    public const string PriceCaption = "Price per share";
    private const float Margin = 16;
    private const float AxisFontSize = 15;
    private const float CaptionFontSize = 13;
    private const float PlotPaddingX = 14;

    public void Paint(IReadOnlyList<ChartPoint> points, TimeScale time, IReadOnlyList<(DateOnly From, DateOnly To, string Label)> windows, string title)
    {
        var headerBottom = DrawTitle(title);
        var kinds = points.Select(p => p.Kind).Distinct().ToHashSet();
        var legendBottom = ChartLegend.Draw(canvas, kinds, windows.Count > 0, Margin, headerBottom + 6, width - Margin, drawn);
        var captionBottom = DrawCaption(legendBottom + 8);

        using var axisFont = ChartFonts.Regular(AxisFontSize);
        var prices = PriceScale.For([.. points.Select(p => p.Price)]);
        var priceTicks = prices.Ticks().Select(t => (Price: t, Label: prices.Format(t))).ToList();
        var labelWidth = priceTicks.Count == 0 ? 0 : priceTicks.Max(t => axisFont.MeasureText(t.Label));
        var plot = new SKRect(Margin + labelWidth + 10, captionBottom + 8, width - Margin - 4, height - Margin - axisFont.Spacing - 8);

        float X(DateOnly day) => plot.Left + PlotPaddingX + (float)time.Fraction(day) * (plot.Width - 2 * PlotPaddingX);
        float Y(double price) => plot.Top + (float)prices.Fraction(price) * plot.Height;

        var dayWidth = (plot.Width - 2 * PlotPaddingX) / Math.Max(1, time.To.DayNumber - time.From.DayNumber);
        var bands = windows.Select(w => (Rect: Band(plot, X(w.From) - dayWidth / 2, X(w.To) + dayWidth / 2), w.Label)).ToList();
        using var paint = new SKPaint { IsAntialias = true };
        paint.Color = ChartPalette.Window;
        foreach (var band in bands) canvas.DrawRect(band.Rect, paint);

        DrawPriceAxis(plot, priceTicks, Y, axisFont, paint);
        DrawTimeAxis(plot, time, X, axisFont, paint);

        var sizes = new MarkerSizes(points.Count == 0 ? 0 : points.Max(p => p.Value));
        var markers = points.Select(p => new ChartMarker(p, new SKPoint(X(p.Trade.Date), Y(p.Price)), sizes.Radius(p))).ToList();
        canvas.Save();
        canvas.ClipRect(plot);
        foreach (var marker in ChartMarker.InDrawingOrder(markers)) DrawMarker(marker, paint);
        canvas.Restore();

        if (points.Count == 0) DrawEmpty(plot, axisFont, paint);
        new ChartLabelling(canvas, plot, drawn).Draw(markers, bands);
    }

    /// <summary>Adds text drawn at <paramref name="x"/> on <paramref name="baseline"/> to the drawn labels.</summary>
    public static void Record(List<ChartLabel> drawn, ChartLabelKind kind, string text, float x, float baseline, SKFont font, SKTextAlign align = SKTextAlign.Left)
    {
        var textWidth = font.MeasureText(text);
        var left = align switch { SKTextAlign.Right => x - textWidth, SKTextAlign.Center => x - textWidth / 2, _ => x };
        drawn.Add(new ChartLabel(kind, text, left, baseline + font.Metrics.Ascent, left + textWidth, baseline + font.Metrics.Descent));
    }

    /// <summary>What the vertical axis measures, above the price labels; returns where it ends.</summary>
    private float DrawCaption(float top)
    {
        using var font = ChartFonts.Regular(CaptionFontSize);
        using var paint = new SKPaint { IsAntialias = true, Color = ChartPalette.MutedText };
        var baseline = top - font.Metrics.Ascent;
        canvas.DrawText(PriceCaption, Margin, baseline, SKTextAlign.Left, font, paint);
        Record(drawn, ChartLabelKind.Caption, PriceCaption, Margin, baseline, font);
        return baseline + font.Metrics.Descent;
    }

    private float DrawTitle(string title)
    {
        using var font = ChartFonts.Bold(22);
        using var paint = new SKPaint { IsAntialias = true, Color = ChartPalette.Text };
        var baseline = Margin - font.Metrics.Ascent;
        var text = ChartText.Fit(title, font, width - 2 * Margin);
        canvas.DrawText(text, Margin, baseline, SKTextAlign.Left, font, paint);
        if (text.Length > 0) Record(drawn, ChartLabelKind.Title, text, Margin, baseline, font);
        return baseline + font.Metrics.Descent;
    }

    private static SKRect Band(SKRect plot, float left, float right)
    {
        if (right - left < 3) (left, right) = ((left + right) / 2 - 1.5f, (left + right) / 2 + 1.5f);
        return new SKRect(Math.Max(plot.Left, left), plot.Top, Math.Min(plot.Right, right), plot.Bottom);
    }

    private void DrawPriceAxis(SKRect plot, List<(double Price, string Label)> ticks, Func<double, float> y, SKFont font, SKPaint paint)
    {
        var middle = -(font.Metrics.Ascent + font.Metrics.Descent) / 2;
        foreach (var (price, label) in ticks)
        {
            var at = y(price);
            if (at < plot.Top || at > plot.Bottom) continue;
            paint.Color = ChartPalette.Grid;
            paint.StrokeWidth = 1;
            canvas.DrawLine(plot.Left, at, plot.Right, at, paint);
            paint.Color = ChartPalette.MutedText;
            var baseline = Math.Clamp(at + middle, plot.Top - font.Metrics.Ascent, plot.Bottom);
            canvas.DrawText(label, plot.Left - 8, baseline, SKTextAlign.Right, font, paint);
            Record(drawn, ChartLabelKind.PriceAxis, label, plot.Left - 8, baseline, font, SKTextAlign.Right);
        }

        paint.Color = ChartPalette.Axis;
        canvas.DrawLine(plot.Left, plot.Top, plot.Left, plot.Bottom, paint);
    }

    private void DrawTimeAxis(SKRect plot, TimeScale time, Func<DateOnly, float> x, SKFont font, SKPaint paint)
    {
        paint.StrokeWidth = 1;
        paint.Color = ChartPalette.Axis;
        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, paint);
        var baseline = plot.Bottom + 6 - font.Metrics.Ascent;
        foreach (var tick in time.Ticks(font, x, Margin, width - Margin, gap: 14))
        {
            var at = x(tick.Day);
            paint.Color = ChartPalette.Grid;
            canvas.DrawLine(at, plot.Top, at, plot.Bottom, paint);
            paint.Color = ChartPalette.Axis;
            canvas.DrawLine(at, plot.Bottom, at, plot.Bottom + 4, paint);
            paint.Color = ChartPalette.MutedText;
            canvas.DrawText(tick.Label, tick.LabelLeft, baseline, SKTextAlign.Left, font, paint);
            Record(drawn, ChartLabelKind.TimeAxis, tick.Label, tick.LabelLeft, baseline, font);
        }
    }

    private void DrawMarker(ChartMarker marker, SKPaint paint)
    {
        paint.Style = SKPaintStyle.Fill;
        paint.Color = ChartPalette.Of(marker.Point.Kind);
        canvas.DrawCircle(marker.Centre, marker.Radius, paint);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = marker.Radius > 6 ? 1.5f : 1f;
        paint.Color = SKColors.White;
        canvas.DrawCircle(marker.Centre, marker.Radius, paint);
        paint.Style = SKPaintStyle.Fill;
    }

    private void DrawEmpty(SKRect plot, SKFont font, SKPaint paint)
    {
        paint.Color = ChartPalette.MutedText;
        canvas.DrawText("No priced trades in this window", plot.MidX, plot.MidY, SKTextAlign.Center, font, paint);
        Record(drawn, ChartLabelKind.Note, "No priced trades in this window", plot.MidX, plot.MidY, font, SKTextAlign.Center);
    }
}
