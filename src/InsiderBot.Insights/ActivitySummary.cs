namespace InsiderBot.Insights;

/// <summary>
/// The top line of <c>/insiders</c>: buying against selling, with selling split into the discretionary part (which can
/// carry a signal) and the mechanical part (plans, exercises, taxes), which does not. Flagged rows are left out.
/// </summary>
public sealed record ActivitySummary(
    decimal PurchaseValue,
    int Purchases,
    int Buyers,
    decimal SaleValue,
    int Sales,
    int Sellers,
    decimal DiscretionarySaleValue,
    int DiscretionarySellers,
    decimal MechanicalSaleValue,
    int Flagged)
{
    public static ActivitySummary Of(IEnumerable<InsiderTrade> trades)
    {
        var list = trades.ToList();
        var clean = list.Where(t => !t.Classification.IsFlagged).ToList();
        var purchases = clean.Where(t => t.Classification.IsPurchase).ToList();
        var sales = clean.Where(t => t.Classification.IsSale).ToList();
        var discretionary = sales.Where(t => t.Classification.Nature == TradeNature.DiscretionarySale).ToList();
        return new ActivitySummary(
            purchases.Sum(t => t.Classification.Value ?? 0),
            purchases.Count,
            purchases.Select(t => t.InsiderCik).Distinct().Count(),
            sales.Sum(t => t.Classification.Value ?? 0),
            sales.Count,
            sales.Select(t => t.InsiderCik).Distinct().Count(),
            discretionary.Sum(t => t.Classification.Value ?? 0),
            discretionary.Select(t => t.InsiderCik).Distinct().Count(),
            sales.Where(t => t.Classification.IsMechanicalSale).Sum(t => t.Classification.Value ?? 0),
            list.Count - clean.Count);
    }
}
