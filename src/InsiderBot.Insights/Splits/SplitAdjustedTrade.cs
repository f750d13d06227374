namespace InsiderBot.Insights.Splits;

/// <summary>A trade restated on today's basis: price divided, shares and position multiplied by the splits since its day (value unchanged).</summary>
public static class SplitAdjustedTrade
{
    public static InsiderTrade Of(InsiderTrade trade, SplitHistory splits)
    {
        var factor = splits.Factor(trade.Date);
        return factor == 1 ? trade : trade with
        {
            Price = trade.Price / factor,
            Shares = trade.Shares * factor,
            OwnedAfter = trade.OwnedAfter * factor,
        };
    }

    public static InsiderTrade? OfNullable(InsiderTrade? trade, SplitHistory splits) => trade is null ? null : Of(trade, splits);
}
