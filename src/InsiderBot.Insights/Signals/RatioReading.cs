namespace InsiderBot.Insights.Signals;

/// <summary>
/// Open-market buying against discretionary selling for one month or week. Counts are insider-days (one insider's
/// trades in one company on one day are one decision, however many lots); values are dollars.
/// </summary>
public sealed record RatioReading(DateOnly Start, DateOnly End, int Purchases, int Sales, decimal PurchaseValue, decimal SaleValue)
{
    public int Decisions => Purchases + Sales;

    /// <summary>Net purchase ratio by count, (buys − sells) / (buys + sells), from −1 to 1; null with no trades.</summary>
    public decimal? CountRatio => Decisions == 0 ? null : Math.Round((decimal)(Purchases - Sales) / Decisions, 6);

    /// <summary>Net purchase ratio by value; null with no valued trades.</summary>
    public decimal? ValueRatio => PurchaseValue + SaleValue == 0 ? null : Math.Round((PurchaseValue - SaleValue) / (PurchaseValue + SaleValue), 6);

    /// <summary>Share of decisions that were buys, 0–1.</summary>
    public decimal? BuyShare => Decisions == 0 ? null : Math.Round((decimal)Purchases / Decisions, 6);
}
