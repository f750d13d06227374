using LiteDB;

namespace InsiderBot.Store;

/// <summary>The narrow read behind the routine/opportunistic status of the insiders an answer shows.</summary>
public sealed partial class InsiderStore
{
    /// <summary>
    /// The days one insider bought or sold one company's stock on the open market (P/S rows, flagged and superseded rows
    /// left out) between two dates, inclusive: what the insider status reads. A range scan of the insider's own
    /// (insider, day) index that deserialises only the four fields it tests, instead of every row of the company.
    /// </summary>
    public IReadOnlyList<DateOnly> MarketTradeDays(long insiderCik, long issuerCik, DateOnly from, DateOnly to) =>
        store.Trades.Query()
            .Where(IndexQuery.Between("ok", DayNumber.Key(insiderCik, from), DayNumber.Key(insiderCik, to)))
            .Where(IndexQuery.Equal("iss", issuerCik))
            .Select(BsonExpression.Create("{ d: $.d, c: $.c, fl: $.fl, sup: $.sup }"))
            .ToEnumerable()
            .Where(d => !d["sup"].IsBoolean && d["fl"].AsInt32 == 0 && d["c"].AsString is "P" or "S")
            .Select(d => DayNumber.ToDate(d["d"].AsInt32))
            .ToList();
}
