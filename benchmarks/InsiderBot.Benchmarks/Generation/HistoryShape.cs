namespace InsiderBot.Benchmarks.Generation;

/// <summary>How much synthetic history to generate: the shape is 5M transactions, ~6,000 companies, 10 years.</summary>
public sealed record HistoryShape(long Transactions, int Companies, int Years, int Seed = 20261125)
{
    public DateOnly Start { get; init; } = new(2015, 1, 1);

    public DateOnly End => Start.AddYears(Years).AddDays(-1);

    /// <summary>Scales the company count with the transactions so a small run keeps the per-company density of the full one.</summary>
    public static HistoryShape Of(long transactions) =>
        new(transactions, (int)Math.Clamp(transactions * 6_000 / 5_000_000, 50, 6_000), 10);
}
