using System.Globalization;
using SkiaSharp;

namespace InsiderBot.Charts;

/// <summary>
/// One label per signal window kind and period: windows with the same label merge into one period while a label of
/// the next could reach a label of the period so far, so the chart names them once with the count
/// ("Unexplained C-suite selling ×10") instead of stacking identical labels. Periods far enough apart to be named side
/// by side keep a label each.
/// </summary>
internal static class WindowGroups
{
    /// <summary>Room left between two labels of the same kind (pixels).</summary>
    private const float Gap = 6;

    /// <param name="labelWidth">How wide a label with the given text is drawn.</param>
    public static IReadOnlyList<(SKRect Rect, string Label)> Merge(IReadOnlyList<(SKRect Rect, string Label)> bands, Func<string, float> labelWidth)
    {
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(labelWidth);
        var groups = new List<(SKRect Rect, string Label)>();
        foreach (var kind in bands.GroupBy(b => b.Label, StringComparer.Ordinal))
        {
            (SKRect Rect, int Count)? open = null;
            foreach (var band in kind.OrderBy(b => b.Rect.Left).ThenBy(b => b.Rect.Right))
            {
                // A label sits at its band's left edge or ends at its right edge: two periods keep a label each only
                // when neither placement of the next can reach the label of the one before.
                var width = open is null ? 0 : labelWidth(Text(kind.Key, open.Value.Count + 1));
                if (open is { } g && Math.Min(band.Rect.Left, band.Rect.Right - width) <= Math.Max(g.Rect.Right, g.Rect.Left + width) + Gap)
                {
                    open = (new SKRect(g.Rect.Left, g.Rect.Top, Math.Max(g.Rect.Right, band.Rect.Right), g.Rect.Bottom), g.Count + 1);
                    continue;
                }

                if (open is { } done) groups.Add((done.Rect, Text(kind.Key, done.Count)));
                open = (band.Rect, 1);
            }

            if (open is { } last) groups.Add((last.Rect, Text(kind.Key, last.Count)));
        }

        return [.. groups.OrderBy(g => g.Rect.Left).ThenBy(g => g.Label, StringComparer.Ordinal)];
    }

    /// <summary>The label of <paramref name="count"/> windows of one kind: the kind alone for one.</summary>
    public static string Text(string label, int count) => count == 1 ? label : $"{label} ×{count.ToString(CultureInfo.InvariantCulture)}";
}
