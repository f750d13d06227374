using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Splits;

namespace InsiderBot.Insights.Tests.Signals;

public sealed class SplitAdjustedSignalTests
{
    private readonly TradeBuilder b = new();
    private readonly SignalEngine engine = new(new SignalOptions());

    private static SplitHistory SplitOn(int day, int newShares, int oldShares) => new([new StockSplit
    {
        IssuerCik = TradeBuilder.Issuer,
        Ratio = new SplitRatio(newShares, oldShares),
        After = TradeBuilder.Day(day - 1),
        By = TradeBuilder.Day(day),
        Confidence = 1,
        Source = SplitSource.Configured,
    }]);

    private List<Signal> Strength(SplitHistory splits, params InsiderTrade[] trades) =>
        engine.EvaluateIssuer(TradeBuilder.Issuer, trades, IEarlierTrades.None, DateOnly.MinValue, splits)
            .Where(s => s.Kind == SignalKind.SellingIntoStrength).ToList();

    [Fact]
    public void A_sale_after_a_split_near_the_split_adjusted_high_is_selling_into_strength()
    {
        // $300 before a 3-for-1 split is $100 after it: a $98 sale is within 5% of the high.
        InsiderTrade[] trades = [b.Award(1, TradeBuilder.Day(-800)), b.Buy(2, -400, price: 300m), b.Sell(1, 0, price: 98m)];

        Assert.Empty(Strength(SplitHistory.None, trades));
        var signal = Assert.Single(Strength(SplitOn(-200, 3, 1), trades));
        Assert.Contains("within 2% of the $100 high", signal.Reason, StringComparison.Ordinal);
        Assert.Contains($"split-adjusted to today's shares across the 3-for-1 split of {TradeBuilder.Day(-200):yyyy-MM-dd}", signal.Reason, StringComparison.Ordinal);
        Assert.Equal(98_000m, signal.Value);
    }

    [Fact]
    public void A_sale_after_a_reverse_split_at_the_old_nominal_high_is_not_selling_into_strength()
    {
        // $10 before a 1-for-10 reverse split is $100 after it: a $9.60 sale is nowhere near the high.
        InsiderTrade[] trades = [b.Award(1, TradeBuilder.Day(-800)), b.Buy(2, -400, price: 10m), b.Sell(1, 0, price: 9.60m)];

        Assert.DoesNotContain("split-adjusted", Assert.Single(Strength(SplitHistory.None, trades)).Reason, StringComparison.Ordinal);
        Assert.Empty(Strength(SplitOn(-200, 1, 10), trades));
    }

    [Fact]
    public void A_liquidation_whose_window_holds_a_split_counts_the_position_on_one_basis()
    {
        // 10,000 of 20,000 shares sold before a 2-for-1 split, then 19,000 of the 20,000 left after it: on one basis the
        // position was 40,000 and 1,000 remain; read as reported, the first sale looks like another holding and the exit
        // seems to start only after the split.
        InsiderTrade[] trades =
        [
            b.Sell(1, 0, shares: 10_000, price: 50m, ownedAfter: 10_000, roles: InsiderRole.Ceo),
            b.Sell(1, 20, shares: 19_000, price: 25m, ownedAfter: 1_000, roles: InsiderRole.Ceo),
        ];

        var reported = Assert.Single(engine.EvaluateIssuer(TradeBuilder.Issuer, trades), s => s.Kind == SignalKind.NearCompleteLiquidation);
        Assert.Equal(TradeBuilder.Day(20), reported.From);
        var split = SplitOn(10, 2, 1);
        var liquidation = Assert.Single(engine.EvaluateIssuer(TradeBuilder.Issuer, trades, IEarlierTrades.None, DateOnly.MinValue, split),
            s => s.Kind == SignalKind.NearCompleteLiquidation);
        Assert.Equal((TradeBuilder.Day(0), TradeBuilder.Day(20)), (liquidation.From, liquidation.To));
        Assert.Contains("sold 98% of a $1M position", liquidation.Reason, StringComparison.Ordinal);
    }
}
