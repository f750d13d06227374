using System.Globalization;

namespace InsiderBot.Charts;

/// <summary>The vertical axis: share prices, linear, with round-number ticks and room above and below the markers.</summary>
internal sealed class PriceScale
{
    private readonly double low;
    private readonly double high;

    private PriceScale(double low, double high, double step)
    {
        this.low = low;
        this.high = high;
        Step = step;
    }

    public double Step { get; }

    public static PriceScale For(IReadOnlyCollection<double> prices)
    {
        if (prices.Count == 0) return Create(0, 10);
        var min = prices.Min();
        var max = prices.Max();
        if (max - min < max * 0.02) return Create(min * 0.85, max * 1.15 + 0.01);
        var pad = (max - min) * 0.1;
        return Create(min - pad, max + pad);
    }

    private static PriceScale Create(double low, double high)
    {
        var step = NiceStep((high - low) / 5);
        return new PriceScale(low, high, step);
    }

    /// <summary>0 at the top of the plot, 1 at the bottom.</summary>
    public double Fraction(double price) => (high - price) / (high - low);

    /// <summary>Round prices inside the range, never below zero.</summary>
    public IEnumerable<double> Ticks()
    {
        var first = Math.Ceiling(Math.Max(0, low) / Step) * Step;
        for (var tick = first; tick <= high + Step * 1e-9; tick += Step) yield return Math.Round(tick, 6);
    }

    public string Format(double price) => Step >= 1
        ? price.ToString("$#,0", CultureInfo.InvariantCulture)
        : Step >= 0.1 ? price.ToString("$#,0.0", CultureInfo.InvariantCulture)
        : price.ToString("$#,0.00", CultureInfo.InvariantCulture);

    private static double NiceStep(double rough)
    {
        if (rough <= 0) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var unit = rough / magnitude;
        var nice = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 2.5 ? 2.5 : unit <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
