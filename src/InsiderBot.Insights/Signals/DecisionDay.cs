namespace InsiderBot.Insights.Signals;

/// <summary>
/// One day's market-wide decisions: open-market purchases and discretionary sales counted in insider-days (one insider's
/// trades in one company on one day are one decision), with their dollar values. The unit <see cref="MarketRatio"/> sums.
/// </summary>
public sealed record DecisionDay(DateOnly Day, int Purchases, int Sales, decimal PurchaseValue, decimal SaleValue)
{
    public int Decisions => Purchases + Sales;
}
