using InsiderBot.Insights.Signals;

namespace InsiderBot.Insights.Tests.Signals;

public sealed class SellingSignalTests
{
    private readonly TradeBuilder b = new();
    private readonly SignalEngine engine = new(new SignalOptions());

    private List<Signal> Of(SignalKind kind, params InsiderTrade[] trades) =>
        engine.EvaluateIssuer(TradeBuilder.Issuer, trades).Where(s => s.Kind == kind).ToList();

    [Fact]
    public void A_ceo_sale_of_999_999_dollars_is_not_large_one_of_a_million_is()
    {
        // 1% of the position either way, so only the dollar threshold can fire.
        Assert.Empty(Of(SignalKind.UnexplainedCSuiteSelling, b.Sell(1, 0, shares: 99_999.9m, price: 10m, ownedAfter: 9_900_000m, roles: InsiderRole.Ceo)));

        var signal = Assert.Single(Of(SignalKind.UnexplainedCSuiteSelling, b.Sell(1, 0, shares: 100_000m, price: 10m, ownedAfter: 9_900_000m, roles: InsiderRole.Ceo)));
        Assert.StartsWith("Unexplained sale by the CEO: Insider 1 sold $1M", signal.Reason, StringComparison.Ordinal);
        Assert.Contains("no option exercise", signal.Checked, StringComparison.Ordinal);
        Assert.Contains("no 10b5-1 plan reported", signal.Checked, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_cfo_sale_fires_at_twenty_percent_of_the_position_not_below()
    {
        Assert.Empty(Of(SignalKind.UnexplainedCSuiteSelling, b.Sell(1, 0, shares: 1_999, price: 10m, ownedAfter: 8_001, roles: InsiderRole.Cfo)));
        var signal = Assert.Single(Of(SignalKind.UnexplainedCSuiteSelling, b.Sell(1, 0, shares: 2_000, price: 10m, ownedAfter: 8_000, roles: InsiderRole.Cfo)));
        Assert.Contains("the CFO", signal.Reason, StringComparison.Ordinal);
        Assert.Contains("20% of the position", signal.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TradeNature.PlannedSale)]
    [InlineData(TradeNature.ExerciseSale)]
    [InlineData(TradeNature.TaxSale)]
    public void Mechanical_ceo_sales_are_explained(TradeNature nature)
    {
        Assert.Empty(Of(SignalKind.UnexplainedCSuiteSelling, b.Sell(1, 0, shares: 500_000, price: 10m, nature: nature, roles: InsiderRole.Ceo)));
        Assert.Single(Of(SignalKind.UnexplainedCSuiteSelling, b.Sell(1, 0, shares: 500_000, price: 10m, roles: InsiderRole.Ceo))); // the same sale at the CEO's discretion
    }

    [Fact]
    public void Directors_flagged_rows_and_chairs_are_not_c_suite_sales()
    {
        Assert.Empty(Of(SignalKind.UnexplainedCSuiteSelling, b.Sell(1, 0, shares: 500_000, price: 10m, roles: InsiderRole.Director | InsiderRole.Chair)));
        Assert.Empty(Of(SignalKind.UnexplainedCSuiteSelling, b.Sell(1, 0, shares: 500_000, price: 10m, roles: InsiderRole.Ceo, flags: DataFlag.DateAfterFiling)));
        Assert.Single(Of(SignalKind.UnexplainedCSuiteSelling, b.Sell(1, 0, shares: 500_000, price: 10m, roles: InsiderRole.Ceo))); // the same sale, unflagged, by the CEO
    }

    [Fact]
    public void Lots_of_one_day_are_one_decision()
    {
        var signal = Assert.Single(Of(SignalKind.UnexplainedCSuiteSelling,
            b.Sell(1, 0, shares: 60_000, price: 10m, ownedAfter: 5_000_000, roles: InsiderRole.President),
            b.Sell(1, 0, shares: 40_000, price: 10m, ownedAfter: 4_960_000, roles: InsiderRole.President)));
        Assert.Equal(2, signal.Evidence.Count);
        Assert.Equal(1_000_000m, signal.Value);
    }

    [Fact]
    public void Selling_91_percent_is_a_liquidation_89_percent_is_not()
    {
        var signal = Assert.Single(Of(SignalKind.NearCompleteLiquidation, b.Sell(1, 0, shares: 9_100, price: 30m, ownedAfter: 900)));
        Assert.Contains("sold 91%", signal.Reason, StringComparison.Ordinal);
        Assert.Contains("keeping 9%", signal.Reason, StringComparison.Ordinal);
        Assert.Empty(Of(SignalKind.NearCompleteLiquidation, b.Sell(1, 0, shares: 8_900, price: 30m, ownedAfter: 1_100)));
    }

    [Fact]
    public void A_liquidation_counts_sales_within_thirty_days_of_the_first()
    {
        Assert.Single(Of(SignalKind.NearCompleteLiquidation, b.Sell(1, 0, shares: 5_000, price: 30m, ownedAfter: 5_000), b.Sell(1, 30, shares: 4_500, price: 30m, ownedAfter: 500)));
        Assert.Empty(Of(SignalKind.NearCompleteLiquidation, b.Sell(1, 0, shares: 5_000, price: 30m, ownedAfter: 5_000), b.Sell(1, 31, shares: 4_500, price: 30m, ownedAfter: 500)));
    }

    [Fact]
    public void A_liquidation_needs_a_position_worth_250k()
    {
        Assert.Single(Of(SignalKind.NearCompleteLiquidation, b.Sell(1, 0, shares: 10_000, price: 25m, ownedAfter: 0)));
        Assert.Empty(Of(SignalKind.NearCompleteLiquidation, b.Sell(1, 0, shares: 10_000, price: 24.99m, ownedAfter: 0)));
    }

    [Fact]
    public void A_planned_exit_is_not_a_liquidation()
    {
        Assert.Empty(Of(SignalKind.NearCompleteLiquidation, b.Sell(1, 0, shares: 10_000, price: 50m, ownedAfter: 0, nature: TradeNature.PlannedSale, plan: PlanStatus.Yes)));
        Assert.Single(Of(SignalKind.NearCompleteLiquidation, b.Sell(1, 0, shares: 10_000, price: 50m, ownedAfter: 0))); // the same exit without a plan
    }

    [Fact]
    public void A_sale_near_the_high_after_two_quiet_years_is_selling_into_strength()
    {
        var history = b.Award(1, TradeBuilder.Day(-800));
        var high = b.Buy(2, -100, price: 100m);
        var signal = Assert.Single(Of(SignalKind.SellingIntoStrength, history, high, b.Sell(1, 0, price: 95m)));
        Assert.Contains("the store's own prices", signal.Reason, StringComparison.Ordinal);
        Assert.Contains("within 5% of the $100 high", signal.Reason, StringComparison.Ordinal);

        Assert.Empty(Of(SignalKind.SellingIntoStrength, history, high, b.Sell(1, 0, price: 94.99m)));
    }

    [Fact]
    public void Selling_into_strength_needs_two_years_of_history_and_no_sale_in_them()
    {
        var high = b.Buy(2, -100, price: 100m);
        Assert.Empty(Of(SignalKind.SellingIntoStrength, b.Award(1, TradeBuilder.Day(-700)), high, b.Sell(1, 0, price: 99m)));
        Assert.Empty(Of(SignalKind.SellingIntoStrength, b.Award(1, TradeBuilder.Day(-800)), b.Sell(1, -400, price: 50m), high, b.Sell(1, 0, price: 99m)));
        Assert.Single(Of(SignalKind.SellingIntoStrength, b.Award(1, TradeBuilder.Day(-800)), b.Sell(1, -740, price: 50m), high, b.Sell(1, 0, price: 99m)));
    }

    [Fact]
    public void The_sellers_own_trades_of_the_day_do_not_set_the_high_they_sell_into()
    {
        var history = b.Award(1, TradeBuilder.Day(-800));
        var high = b.Buy(2, -100, price: 100m);

        var signal = Assert.Single(Of(SignalKind.SellingIntoStrength, history, high, b.Buy(1, 0, price: 200m), b.Sell(1, 0, price: 99m)));
        Assert.Contains("the $100 high", signal.Reason, StringComparison.Ordinal);
        Assert.Contains("one of 1 priced insider trade on 1 day", signal.Checked, StringComparison.Ordinal);
    }

    [Fact]
    public void An_insiders_whole_history_is_asked_for_only_for_a_sale_at_the_high_after_a_quiet_period()
    {
        // Before the window: three insiders with long histories; 1 last sold 740 days ago, 3 within the quiet period.
        var earlier = new RecordingEarlierTrades(
        [
            b.Award(1, TradeBuilder.Day(-800)), b.Sell(1, -740, price: 50m),
            b.Award(3, TradeBuilder.Day(-800)), b.Sell(3, -300, price: 50m),
            b.Award(4, TradeBuilder.Day(-800)),
            b.Buy(2, -100, price: 100m),
        ]);
        InsiderTrade[] window = [b.Sell(1, 0, price: 99m), b.Sell(3, 1, price: 99m), b.Sell(4, 2, price: 50m)];

        var signal = Assert.Single(engine.EvaluateIssuer(TradeBuilder.Issuer, window, earlier, TradeBuilder.Day(0)), s => s.Kind == SignalKind.SellingIntoStrength);

        Assert.Equal([1L], signal.Insiders);
        Assert.Contains($"no sale since {TradeBuilder.Day(-740):yyyy-MM-dd}", signal.Reason, StringComparison.Ordinal);
        Assert.Equal(["last sale 1"], earlier.Asked.Where(q => q.StartsWith("last sale", StringComparison.Ordinal)).Distinct());
        Assert.DoesNotContain("first 3", earlier.Asked); // sold 300 days ago: the quiet period alone answers
        Assert.DoesNotContain("first 4", earlier.Asked); // $50 is far from the $100 high
    }
}
