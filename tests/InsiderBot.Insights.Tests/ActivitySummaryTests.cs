using InsiderBot.Insights.Tests.Signals;

namespace InsiderBot.Insights.Tests;

public sealed class ActivitySummaryTests
{
    [Fact]
    public void Buying_and_selling_are_summed_apart_with_each_insider_counted_once_and_flagged_rows_left_out()
    {
        var b = new TradeBuilder();
        var trades = new[]
        {
            b.Buy(1, 0, shares: 100, price: 10m),
            b.Buy(1, 1, shares: 200, price: 10m),
            b.Buy(2, 2, shares: 50, price: 20m),
            b.Buy(3, 3, shares: 1_000, price: 10m, flags: DataFlag.PriceLooksLikeTotal),
            b.Sell(4, 4, shares: 300, price: 10m),
            b.Sell(4, 5, shares: 100, price: 10m),
            b.Sell(5, 6, shares: 100, price: 10m, nature: TradeNature.PlannedSale),
            b.Sell(6, 7, shares: 200, price: 10m, nature: TradeNature.TaxSale),
            b.Sell(7, 8, shares: 10, price: 10m, flags: DataFlag.PriceLooksLikeTotal),
            b.Award(8, TradeBuilder.Day(9)),
        };

        var summary = ActivitySummary.Of(trades);

        Assert.Equal(new ActivitySummary(
            PurchaseValue: 4_000m, Purchases: 3, Buyers: 2,
            SaleValue: 7_000m, Sales: 4, Sellers: 3,
            DiscretionarySaleValue: 4_000m, DiscretionarySellers: 1,
            MechanicalSaleValue: 3_000m, Flagged: 2), summary);
    }

    [Fact]
    public void No_trades_sum_to_nothing()
    {
        Assert.Equal(new ActivitySummary(0m, 0, 0, 0m, 0, 0, 0m, 0, 0m, 0), ActivitySummary.Of([]));
    }
}
