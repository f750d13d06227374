namespace InsiderBot.Benchmarks.Generation;

/// <summary>One generated issuer: its ticker, its insiders, its price walk and how often it files.</summary>
public sealed class SyntheticCompany(long cik, string ticker, double filingsPerDay, double price)
{
    public long Cik { get; } = cik;

    public string Ticker { get; } = ticker;

    public string Name { get; } = $"Synthetic {ticker} Holdings Inc";

    public double FilingsPerDay { get; } = filingsPerDay;

    public List<SyntheticInsider> Insiders { get; } = [];

    public double Price { get; private set; } = price;

    private DateOnly priced;

    /// <summary>A geometric random walk, advanced lazily to the day asked (days are asked in order).</summary>
    public decimal PriceOn(DateOnly day, Random random)
    {
        if (priced == default) priced = day;
        var days = day.DayNumber - priced.DayNumber;
        if (days > 0)
        {
            Price *= Math.Exp((0.0002 * days) + (0.022 * Math.Sqrt(days) * Normal(random)));
            Price = Math.Clamp(Price, 0.5, 5_000);
            priced = day;
        }

        return Math.Round((decimal)Price, 2);
    }

    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
