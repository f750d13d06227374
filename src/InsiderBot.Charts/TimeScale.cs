using System.Globalization;
using SkiaSharp;

namespace InsiderBot.Charts;

/// <summary>
/// The horizontal axis: the window's days, with ticks on weeks, months or years, whichever is the finest whose labels
/// fit side by side without touching.
/// </summary>
internal sealed class TimeScale(DateOnly from, DateOnly to)
{
    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12, 24, 60, 120];

    public DateOnly From { get; } = from;

    public DateOnly To { get; } = to;

    private int Span => Math.Max(1, To.DayNumber - From.DayNumber);

    /// <summary>0 at the first day of the window, 1 at the last.</summary>
    public double Fraction(DateOnly day) => (day.DayNumber - From.DayNumber) / (double)Span;

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>
    /// The ticks and where their labels start, chosen so that no two labels touch and none leaves
    /// <paramref name="minX"/>..<paramref name="maxX"/> (labels at the edges are pushed inwards).
    /// </summary>
    public IReadOnlyList<TimeTick> Ticks(SKFont font, Func<DateOnly, float> x, float minX, float maxX, float gap)
    {
        List<TimeTick>? sparse = null;
        foreach (var candidate in Candidates())
        {
            var placed = Place(candidate, font, x, minX, maxX, gap);
            if (placed is { Count: >= 2 }) return placed;
            if (placed is { Count: 1 }) sparse ??= placed;
        }

        return sparse ?? Place([(From, From.ToString("MMM d yyyy", CultureInfo.InvariantCulture))], font, x, minX, maxX, gap) ?? [];
    }

    private IEnumerable<IReadOnlyList<(DateOnly Day, string Label)>> Candidates()
    {
        if (Span <= 14)
        {
            var daily = new List<(DateOnly, string)>();
            for (var d = From; d <= To; d = d.AddDays(1)) daily.Add((d, d.ToString("MMM d", CultureInfo.InvariantCulture)));
            yield return daily;
        }

        if (Span <= 120)
        {
            foreach (var days in new[] { 7, 14 })
            {
                var first = From.AddDays(((int)DayOfWeek.Monday - (int)From.DayOfWeek + 7) % 7);
                var ticks = new List<(DateOnly, string)>();
                for (var d = first; d <= To; d = d.AddDays(days)) ticks.Add((d, d.ToString("MMM d", CultureInfo.InvariantCulture)));
                yield return ticks;
            }
        }

        foreach (var months in MonthSteps)
        {
            var ticks = new List<(DateOnly, string)>();
            var start = new DateOnly(From.Year, 1, 1);
            for (var d = start; d <= To; d = d.AddMonths(months))
            {
                if (d < From) continue;
                var label = months >= 12 ? Year(d) : d.Month == 1 || ticks.Count == 0 ? d.ToString("MMM yyyy", CultureInfo.InvariantCulture) : d.ToString("MMM", CultureInfo.InvariantCulture);
                ticks.Add((d, label));
            }

            if (ticks.Count > 0) yield return ticks;
        }
    }

    private List<TimeTick>? Place(IReadOnlyList<(DateOnly Day, string Label)> ticks, SKFont font, Func<DateOnly, float> x, float minX, float maxX, float gap)
    {
        var placed = new List<TimeTick>(ticks.Count);
        var right = float.NegativeInfinity;
        foreach (var (day, label) in ticks)
        {
            var w = font.MeasureText(label);
            var left = Math.Clamp(x(day) - w / 2, minX, maxX - w);
            if (left < right + gap) return null;
            right = left + w;
            placed.Add(new TimeTick(day, label, left));
        }

        return placed;
    }

    private static string Year(DateOnly d) => d.Year.ToString(CultureInfo.InvariantCulture);
}
