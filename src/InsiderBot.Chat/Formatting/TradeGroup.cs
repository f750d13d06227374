using InsiderBot.Insights;

namespace InsiderBot.Chat.Formatting;

/// <summary>
/// The rows of one filing that are one decision: same insider, day, code and reading, split only by price
/// (a sale executed in many lots). Shown as one line with the total, the price range and the weighted average.
/// </summary>
public sealed record TradeGroup(IReadOnlyList<InsiderTrade> Trades)
{
    public InsiderTrade First => Trades[0];

    public decimal? Shares => Trades.All(t => t.Shares is not null) ? Trades.Sum(t => t.Shares!.Value) : null;

    public decimal? Value => Trades.All(t => t.Classification.Value is not null) ? Trades.Sum(t => t.Classification.Value!.Value) : null;

    public decimal? AveragePrice => Shares is > 0 && Value is { } v ? Math.Round(v / Shares.Value, 2) : null;

    public decimal? LowPrice => Trades.Min(t => t.Price);

    public decimal? HighPrice => Trades.Max(t => t.Price);

    /// <summary>The position after the last lot (the smallest for a sale, the largest for a purchase).</summary>
    public decimal? OwnedAfter =>
        Trades.All(t => t.OwnedAfter is null) ? null :
        First.AcquiredDisposed == 'D' ? Trades.Min(t => t.OwnedAfter) : Trades.Max(t => t.OwnedAfter);

    /// <summary>The share of the position the whole group moved, by the same rule as a single row.</summary>
    public decimal? PositionChange
    {
        get
        {
            if (Trades.Count == 1) return First.Classification.PositionChange;
            if (Shares is not { } shares || shares <= 0 || OwnedAfter is not { } after) return null;
            if (First.AcquiredDisposed == 'D') return after + shares == 0 ? null : shares / (after + shares);
            return after - shares <= 0 ? null : shares / (after - shares);
        }
    }

    /// <summary>The group's classification: the first row's, with the group's value and position change.</summary>
    public TransactionClassification Classification =>
        First.Classification with { Value = Value, PositionChange = PositionChange, Flags = Trades.Aggregate(DataFlag.None, (f, t) => f | t.Classification.Flags) };

    public static IReadOnlyList<TradeGroup> Of(IEnumerable<InsiderTrade> trades)
    {
        var groups = new List<TradeGroup>();
        List<InsiderTrade>? current = null;
        foreach (var trade in trades)
        {
            if (current is not null && SameDecision(current[0], trade)) current.Add(trade);
            else
            {
                if (current is not null) groups.Add(new TradeGroup(current));
                current = [trade];
            }
        }

        if (current is not null) groups.Add(new TradeGroup(current));
        return groups;
    }

    private static bool SameDecision(InsiderTrade a, InsiderTrade b) =>
        a.Accession == b.Accession && a.Date == b.Date && a.Code == b.Code && a.Table == b.Table &&
        a.DirectOrIndirect == b.DirectOrIndirect && a.SecurityTitle == b.SecurityTitle &&
        a.Classification.Nature == b.Classification.Nature && a.Classification.Plan.Status == b.Classification.Plan.Status;
}
