using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// One (insider, company) entry of the <see cref="MarketDayLedger"/>: the rows on each day the insider traded the
/// company's stock on the open market (what the routine/opportunistic status reads), and the rows on each day they sold
/// it in any form (what the strength test's quiet period reads). Days are <see cref="DayNumber"/>s.
/// </summary>
internal sealed class MarketDayEntry
{
    public SortedDictionary<int, int> Market { get; } = [];

    public SortedDictionary<int, int> Sales { get; } = [];

    public bool IsEmpty => Market.Count == 0 && Sales.Count == 0;

    /// <summary>Whether the entry was stored when it was read (<see cref="MarketDayLedger.Load"/>); null when not known.</summary>
    public bool? Stored { get; init; }

    /// <summary>Counts a stored row into the days it belongs to, or with a change of -1 takes it out.</summary>
    public void Count(BsonDocument trade, int change)
    {
        var (market, sale) = MarketDayLedger.Kinds(trade);
        var day = TradeDocuments.Day(trade);
        if (market) Add(Market, day, change);
        if (sale) Add(Sales, day, change);
    }

    private static void Add(SortedDictionary<int, int> days, int day, int change)
    {
        var rows = days.GetValueOrDefault(day) + change;
        if (rows > 0) days[day] = rows;
        else days.Remove(day);
    }
}
