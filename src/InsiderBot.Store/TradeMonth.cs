using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// One company's trades in one calendar month, as layout 3 keeps them (<see cref="TradeMonthDocuments"/>): trade
/// documents ascending by day, in the order they were stored within a day.
/// </summary>
internal sealed class TradeMonth(long key, List<BsonDocument> trades) : CompanyMonth(key, trades)
{
    public const long MonthsPerKey = 1_000_000;

    /// <summary>The trade documents, ascending by day.</summary>
    public List<BsonDocument> Trades => Documents;

    public static long KeyOf(long id, int day)
    {
        var date = DayNumber.ToDate(day);
        return (id * MonthsPerKey) + (date.Year * 100) + date.Month;
    }

    public static TradeMonth Empty(long key) => new(key, []);

    /// <summary>How many calendar months the keys of one company from <paramref name="first"/> to <paramref name="last"/> span.</summary>
    public static long MonthsSpanned(long first, long last)
    {
        static long Ordinal(long key) => (key % MonthsPerKey / 100 * 12) + (key % 100);
        return Ordinal(last) - Ordinal(first) + 1;
    }

    /// <summary>Adds a trade after every trade of its day or earlier.</summary>
    public void Add(BsonDocument trade)
    {
        var day = TradeDocuments.Day(trade);
        var at = Trades.Count;
        while (at > 0 && TradeDocuments.Day(Trades[at - 1]) > day) at--;
        Trades.Insert(at, trade);
    }

    public bool Holds(long insider) => Trades.Exists(t => TradeDocuments.Insider(t) == insider);

    protected override string IdOf(BsonDocument document) => TradeDocuments.Id(document);
}
