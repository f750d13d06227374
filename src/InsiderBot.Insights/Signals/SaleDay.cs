namespace InsiderBot.Insights.Signals;

/// <summary>One insider's discretionary sales of one day, read together: lots of one decision, often several filings.</summary>
public sealed record SaleDay(long InsiderCik, DateOnly Date, IReadOnlyList<InsiderTrade> Trades)
{
    public decimal? Value => SignalTrades.KnownValue(Trades);

    public decimal? HighPrice => Trades.Max(t => t.Price);

    /// <summary>The share of the position the day's sales moved: direct holdings when there are any, else indirect.</summary>
    public decimal? PositionSold
    {
        get
        {
            var holding = Trades.Any(t => t.DirectOrIndirect == 'D') ? 'D' : 'I';
            var rows = Trades.Where(t => t.DirectOrIndirect == holding).ToList();
            if (rows.Count == 1) return rows[0].Classification.PositionChange;
            return PositionChains.Of(rows) is { } p ? Math.Round((p.Before - p.Remaining) / p.Before, 6) : null;
        }
    }

    /// <summary>How the filing speaks to a plan: "not under a 10b5-1 plan (checkbox)" or "plan status not reported".</summary>
    public string PlanWords => Trades.All(t => t.Classification.Plan.Status == PlanStatus.No)
        ? "not under a 10b5-1 plan (the filing's checkbox says so)"
        : "no 10b5-1 plan reported (the filing predates the checkbox or leaves it blank, and no footnote names one)";

    public static IEnumerable<SaleDay> Of(IEnumerable<InsiderTrade> ordered) =>
        ordered.Where(SignalTrades.IsDiscretionarySale)
            .GroupBy(t => (t.InsiderCik, t.Date))
            .Select(g => new SaleDay(g.Key.InsiderCik, g.Key.Date, g.ToList()));
}
