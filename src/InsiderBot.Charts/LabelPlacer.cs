using SkiaSharp;

namespace InsiderBot.Charts;

/// <summary>
/// Puts labels where they fit: inside the plot, never on another label, and over as few markers as it can.
/// Candidates are tried in a fixed order, so the same chart always gets the same labels.
/// </summary>
internal sealed class LabelPlacer(SKRect bounds)
{
    private readonly List<SKRect> labels = [];
    private readonly List<(SKPoint Centre, float Radius)> markers = [];
    private readonly List<(SKPoint From, SKPoint To)> leaders = [];

    public void AddMarker(SKPoint centre, float radius) => markers.Add((centre, radius));

    /// <summary>
    /// The best of the candidates (lower rank preferred when they cover the same number of markers), or null. With
    /// <paramref name="own"/>, the label belongs to that marker: the line from it to the label may cross no other label.
    /// </summary>
    public SKRect? Place(IEnumerable<(SKRect Rect, int Rank)> candidates, SKPoint? own = null)
    {
        SKRect? best = null;
        var bestScore = double.MaxValue;
        foreach (var (rect, rank) in candidates)
        {
            if (!bounds.Contains(rect) || labels.Any(l => l.IntersectsWith(rect))) continue;
            if (leaders.Any(l => Crosses(rect, l.From, l.To))) continue;
            if (own is { } o && labels.Any(l => Crosses(l, o, Nearest(rect, o)))) continue;
            var covered = markers.Count(m => m.Centre != own && Touches(rect, m.Centre, m.Radius));
            var score = covered * 10.0 + rank;
            if (score < bestScore)
            {
                best = rect;
                bestScore = score;
            }
        }

        if (best is { } placed)
        {
            labels.Add(placed);
            if (own is { } centre) leaders.Add((centre, Nearest(placed, centre)));
        }

        return best;
    }

    /// <summary>The point of the rectangle nearest to <paramref name="p"/>: where a leader line meets the label.</summary>
    public static SKPoint Nearest(SKRect rect, SKPoint p) => new(Math.Clamp(p.X, rect.Left, rect.Right), Math.Clamp(p.Y, rect.Top, rect.Bottom));

    private static bool Crosses(SKRect rect, SKPoint from, SKPoint to)
    {
        var steps = (int)Math.Ceiling(SKPoint.Distance(from, to) / 2) + 1;
        for (var i = 0; i <= steps; i++)
        {
            var t = i / (float)steps;
            if (rect.Contains(from.X + (to.X - from.X) * t, from.Y + (to.Y - from.Y) * t)) return true;
        }

        return false;
    }

    /// <summary>
    /// Label boxes all round a marker, nearest first: beside it (right, then left), above, below and at the corners,
    /// then stacked further up and down beside it, then the same further out.
    /// </summary>
    public static IEnumerable<(SKRect Rect, int Rank)> Around(SKPoint c, float radius, SKSize size)
    {
        var rank = 0;
        var step = size.Height + 4;
        var middle = c.Y - size.Height / 2;
        foreach (var gap in new[] { 4f, 16f, 34f, 60f, 95f, 140f })
        {
            var d = radius + gap;
            var diagonal = d * 0.72f;
            var origins = new List<SKPoint>
            {
                new(c.X + d, middle),
                new(c.X - d - size.Width, middle),
                new(c.X - size.Width / 2, c.Y - d - size.Height),
                new(c.X - size.Width / 2, c.Y + d),
                new(c.X + diagonal, c.Y - diagonal - size.Height),
                new(c.X + diagonal, c.Y + diagonal),
                new(c.X - diagonal - size.Width, c.Y - diagonal - size.Height),
                new(c.X - diagonal - size.Width, c.Y + diagonal),
            };
            foreach (var k in new[] { -1, 1, -2, 2, -3, 3, -4, 4 })
            {
                origins.Add(new(c.X + d, middle + k * step));
                origins.Add(new(c.X - d - size.Width, middle + k * step));
            }

            foreach (var o in origins) yield return (SKRect.Create(o, size), rank++);
        }
    }

    private static bool Touches(SKRect rect, SKPoint centre, float radius)
    {
        var dx = centre.X - Math.Clamp(centre.X, rect.Left, rect.Right);
        var dy = centre.Y - Math.Clamp(centre.Y, rect.Top, rect.Bottom);
        return dx * dx + dy * dy < radius * radius;
    }
}
