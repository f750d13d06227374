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
        decimal purchaseValue = 0, saleValue = 0, discretionaryValue = 0, mechanicalValue = 0;
        int purchases = 0, sales = 0, flagged = 0;
        HashSet<long> buyers = [], sellers = [], discretionarySellers = [];
        foreach (var trade in trades)
        {
            var c = trade.Classification;
            if (c.IsFlagged)
            {
                flagged++;
            }
            else if (c.IsPurchase)
            {
                purchases++;
                purchaseValue += c.Value ?? 0;
                buyers.Add(trade.InsiderCik);
            }
            else if (c.IsSale)
            {
                sales++;
                saleValue += c.Value ?? 0;
                sellers.Add(trade.InsiderCik);
                if (c.Nature == TradeNature.DiscretionarySale)
                {
                    discretionaryValue += c.Value ?? 0;
                    discretionarySellers.Add(trade.InsiderCik);
                }

                if (c.IsMechanicalSale) mechanicalValue += c.Value ?? 0;
            }
        }

        return new ActivitySummary(purchaseValue, purchases, buyers.Count, saleValue, sales, sellers.Count, discretionaryValue, discretionarySellers.Count, mechanicalValue, flagged);
    }
}
