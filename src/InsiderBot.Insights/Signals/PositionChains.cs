namespace InsiderBot.Insights.Signals;

/// <summary>
/// The position a run of sales started from and what it left, across holdings the filing does not name apart (a
/// director's three funds are all "indirect"). Each sale continues the holding whose last balance equals its
/// pre-sale balance (<c>shares + owned after</c>); a sale that continues none starts a new holding. A holding topped up
/// in between starts afresh and keeps its old balance, which errs toward "less was sold".
/// </summary>
public static class PositionChains
{
    public static (decimal Before, decimal Remaining)? Of(IEnumerable<InsiderTrade> orderedSales)
    {
        var chains = new List<(decimal Start, decimal After)>();
        foreach (var t in orderedSales)
        {
            if (t.Shares is not { } shares || shares <= 0 || t.OwnedAfter is not { } after || after < 0) return null;
            var before = shares + after;
            var i = chains.FindIndex(c => c.After == before);
            if (i >= 0) chains[i] = (chains[i].Start, after);
            else chains.Add((before, after));
        }

        if (chains.Count == 0) return null;
        var start = chains.Sum(c => c.Start);
        return start <= 0 ? null : (start, chains.Sum(c => c.After));
    }
}
