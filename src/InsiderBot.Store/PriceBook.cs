using InsiderBot.Insights;
using InsiderBot.Insights.Splits;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// One company's priced open-market rows over a range of days, read once per batch with one range scan of the
/// (issuer, day) index and kept up to date as the batch stores trades, so the typical price around a day is answered
/// from memory with exactly the rows the per-day query would have read. A day outside the range widens it (one read).
/// </summary>
/// <remarks>Prices across a split are compared on one basis: restated on today's, the median read back on the day's own.</remarks>
internal sealed class PriceBook(StoreDatabase store, long issuer, SplitHistory splits)
{
    private const int Around = 7;
    private readonly List<(int Day, decimal Price)> prices = [];
    private int first = int.MaxValue;
    private int last = int.MinValue;

    /// <summary>Median price of non-derivative, unflagged, priced rows within 7 days of the day; null under two rows.</summary>
    public decimal? TypicalAround(DateOnly day, (int First, int Last) hint)
    {
        var from = DayNumber.Of(day.AddDays(-Around));
        var to = DayNumber.Of(day.AddDays(Around));
        if (from < first || to > last)
            Load(Math.Min(Math.Min(first, hint.First - Around), from), Math.Max(Math.Max(last, hint.Last + Around), to));
        var around = prices.Where(p => p.Day >= from && p.Day <= to).Select(p => OnTodaysBasis(p.Day, p.Price)).Order().ToList();
        return around.Count < 2 ? null : around[around.Count / 2] * splits.Factor(day);
    }

    private decimal OnTodaysBasis(int day, decimal price) => splits.IsEmpty ? price : splits.AdjustPrice(price, DayNumber.ToDate(day));

    /// <summary>Adds a stored trade document of this company (rows outside the loaded range are read when needed).</summary>
    public void Add(BsonDocument trade)
    {
        var day = TradeDocuments.Day(trade);
        if (day >= first && day <= last && Price(trade) is { } price) prices.Add((day, price));
    }

    private void Load(int from, int to)
    {
        first = Math.Max(from, 0);
        last = Math.Min(to, DayNumber.Of(DateOnly.MaxValue));
        prices.Clear();
        foreach (var doc in store.Rows.OfIssuer(issuer, first, last))
        {
            if (Price(doc) is { } price) prices.Add((TradeDocuments.Day(doc), price));
        }
    }

    // The price of a non-derivative, unflagged row priced above zero; null for a row the typical price leaves out.
    private static decimal? Price(BsonDocument d) =>
        TradeDocuments.Flags(d) == DataFlag.None && TradeDocuments.Head(d) is { IsPricedStock: true } head ? head.Price : null;
}
