namespace InsiderBot.Benchmarks.Generation;

/// <summary>How much synthetic history to generate: the shape is 5M transactions, ~6,000 companies, 10 years.</summary>
public sealed record HistoryShape(long Transactions, int Companies, int Years, int Seed = 20261125)
{
    /// <summary>Transactions in a real quarter of the SEC's insider data sets, and the companies that file them.</summary>
    public const long RealQuarter = 200_000;

    public DateOnly Start { get; init; } = new(2015, 1, 1);

    public DateOnly End => Start.AddYears(Years).AddDays(-1);

    /// <summary>Scales the company count with the transactions so a small run keeps the per-company density of the full one.</summary>
    public static HistoryShape Of(long transactions) =>
        new(transactions, (int)Math.Clamp(transactions * 6_000 / 5_000_000, 50, 6_000), 10);

    /// <summary>
    /// The last <paramref name="years"/> whole years up to 2025 (the data sets begin in 2006) at <paramref name="perQuarter"/>
    /// transactions a quarter, companies scaled as a real quarter's ~6,000 are so a small run keeps the real per-company density.
    /// </summary>
    public static HistoryShape Quarterly(long perQuarter, int years) =>
        new(perQuarter * 4 * years, (int)Math.Clamp(perQuarter * 6_000 / RealQuarter, 50, 6_000), years) { Start = new DateOnly(2026 - years, 1, 1) };
}
