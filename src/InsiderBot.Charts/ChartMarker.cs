using SkiaSharp;

namespace InsiderBot.Charts;

internal sealed record ChartMarker(ChartPoint Point, SKPoint Centre, float Radius)
{
    /// <summary>Mechanical first and big before small, so buys and sales and the small ones stay on top.</summary>
    public static IEnumerable<ChartMarker> InDrawingOrder(IEnumerable<ChartMarker> markers) => markers
        .OrderBy(m => m.Point.Kind switch { MarkerKind.Mechanical => 0, MarkerKind.Sale => 1, _ => 2 })
        .ThenByDescending(m => m.Radius)
        .ThenBy(m => m.Point.Trade.Id, StringComparer.Ordinal);
}
