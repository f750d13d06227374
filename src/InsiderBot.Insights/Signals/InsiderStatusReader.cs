namespace InsiderBot.Insights.Signals;

/// <summary>
/// Cohen, Malloy &amp; Pomorski (2012): an insider who traded (P or S) in the same calendar month in each of the three
/// previous calendar years is <em>routine</em>; one whose history reaches back three years or more and who is not is
/// <em>opportunistic</em>; anyone else is <em>unknown</em>. Flagged rows are left out.
/// </summary>
public static class InsiderStatusReader
{
    /// <summary>The status for trades made in <paramref name="asOf"/>'s year, from the insider's own trades.</summary>
    /// <param name="tradedEarlier">The insider has market trades older than <paramref name="insiderTrades"/> (and older than the lookback).</param>
    public static InsiderStatus StatusOf(IEnumerable<InsiderTrade> insiderTrades, DateOnly asOf, int years = 3, bool tradedEarlier = false) =>
        StatusOfMarketDays(insiderTrades.Where(IsMarketTrade).Select(t => t.Date), asOf, years, tradedEarlier);

    /// <summary>True for the rows the status reads: open-market purchases and sales (P/S) that are not flagged.</summary>
    public static bool IsMarketTrade(InsiderTrade trade) => !trade.Classification.IsFlagged && trade.Code is "P" or "S";

    /// <summary>
    /// <see cref="StatusOf"/> from the days of the insider's market trades alone (<see cref="IsMarketTrade"/> rows), for
    /// readers that fetch only those days rather than whole trades.
    /// </summary>
    public static InsiderStatus StatusOfMarketDays(IEnumerable<DateOnly> marketTradeDays, DateOnly asOf, int years = 3, bool tradedEarlier = false)
    {
        var months = marketTradeDays
            .Where(d => d.Year < asOf.Year)
            .Select(d => (d.Year, d.Month))
            .ToHashSet();
        if (!tradedEarlier && (months.Count == 0 || months.Min(m => m.Year) > asOf.Year - years)) return InsiderStatus.Unknown;
        for (var month = 1; month <= 12; month++)
        {
            var m = month;
            if (Enumerable.Range(1, years).All(back => months.Contains((asOf.Year - back, m)))) return InsiderStatus.Routine;
        }

        return InsiderStatus.Opportunistic;
    }

    /// <summary>Status per insider for trades of one year, from a list that may hold many insiders.</summary>
    public static IReadOnlyDictionary<long, InsiderStatus> StatusByInsider(IEnumerable<InsiderTrade> trades, DateOnly asOf, int years = 3) =>
        trades.GroupBy(t => t.InsiderCik).ToDictionary(g => g.Key, g => StatusOf(g, asOf, years));

    /// <summary>Opportunistic when any insider is, routine when all are, otherwise unknown.</summary>
    public static InsiderStatus Combine(IEnumerable<InsiderStatus> statuses)
    {
        var list = statuses.ToList();
        if (list.Contains(InsiderStatus.Opportunistic)) return InsiderStatus.Opportunistic;
        return list.Count > 0 && list.All(s => s == InsiderStatus.Routine) ? InsiderStatus.Routine : InsiderStatus.Unknown;
    }
}
