using InsiderBot.Insights;

namespace InsiderBot.Chat.Export;

/// <summary>The totals the answer's own summary shows, over the same transactions (flagged rows left out of the values).</summary>
public sealed record ExportSummary(
    int Transactions,
    int Trades,
    int Purchases,
    decimal PurchaseValue,
    int Sales,
    decimal SaleValue,
    decimal DiscretionarySaleValue,
    decimal MechanicalSaleValue,
    int Flagged)
{
    public static ExportSummary Of(IReadOnlyList<InsiderTrade> trades, int groups)
    {
        var s = ActivitySummary.Of(trades);
        return new ExportSummary(trades.Count, groups, s.Purchases, s.PurchaseValue, s.Sales, s.SaleValue, s.DiscretionarySaleValue, s.MechanicalSaleValue, s.Flagged);
    }
}
