namespace InsiderBot.Insights.Splits;

/// <summary>
/// The splits applied to one company, and prices and share counts restated on today's basis: a price of a day before a
/// 3-for-1 split is divided by 3, its share count multiplied by 3.
/// </summary>
public sealed class SplitHistory(IEnumerable<StockSplit> applied)
{
    private readonly List<StockSplit> splits = applied.OrderBy(s => s.By).ToList();

    public static SplitHistory None { get; } = new([]);

    public IReadOnlyList<StockSplit> Splits => splits;

    public bool IsEmpty => splits.Count == 0;

    /// <summary>Today's shares for one share held on that day.</summary>
    public decimal Factor(DateOnly day)
    {
        var factor = 1m;
        foreach (var s in splits)
        {
            if (s.IsBefore(day)) factor *= s.Ratio.Factor;
        }

        return factor;
    }

    public decimal AdjustPrice(decimal price, DateOnly day) => price / Factor(day);

    public decimal? AdjustPrice(decimal? price, DateOnly day) => price is { } p ? AdjustPrice(p, day) : null;

    public decimal AdjustShares(decimal shares, DateOnly day) => shares * Factor(day);

    /// <summary>The splits that fall between two days (a trade on the first on the old basis, on the last on the new).</summary>
    public IReadOnlyList<StockSplit> Between(DateOnly from, DateOnly to) => splits.Where(s => s.Spans(from, to)).ToList();
}
