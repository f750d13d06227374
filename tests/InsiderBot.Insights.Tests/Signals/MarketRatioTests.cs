using InsiderBot.Insights.Signals;

namespace InsiderBot.Insights.Tests.Signals;

public sealed class MarketRatioTests
{
    private readonly TradeBuilder b = new();
    private static readonly DateOnly ThisMonth = new(2024, 6, 1);

    /// <summary>59 past months where buying is a tenth to a fifth of decisions, varying month to month.</summary>
    private List<InsiderTrade> History()
    {
        var trades = new List<InsiderTrade>();
        for (var back = 1; back <= 59; back++)
        {
            var month = ThisMonth.AddMonths(-back);
            var buys = 1 + back % 3;
            for (var i = 0; i < buys; i++) trades.Add(b.BuyOn(100 + i, month.AddDays(i)));
            for (var i = 0; i < 10; i++) trades.Add(b.SellOn(200 + i, month.AddDays(i)));
        }

        return trades;
    }

    private List<InsiderTrade> Month(int buys, int sells) =>
        [.. Enumerable.Range(0, buys).Select(i => b.BuyOn(300 + i, ThisMonth.AddDays(i))), .. Enumerable.Range(0, sells).Select(i => b.SellOn(400 + i, ThisMonth.AddDays(i)))];

    [Fact]
    public void Buying_in_a_third_of_decisions_is_extreme_against_a_history_of_a_tenth_to_a_fifth()
    {
        var reading = MarketRatio.Read([.. History(), .. Month(5, 10)], ThisMonth, new SignalOptions());
        Assert.Equal(59, reading.CountRank!.HistoryCount);
        Assert.True(reading.CountRank.IsExtremeHigh);
        Assert.Contains("extreme", reading.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("50%", reading.Text, StringComparison.Ordinal);
        Assert.Equal(5, reading.Month.Purchases);
        Assert.NotEmpty(reading.Weeks);
        Assert.Equal(15, reading.Weeks.Sum(w => w.Decisions));
    }

    [Fact]
    public void No_buying_is_extreme_low_and_an_ordinary_month_is_not_extreme()
    {
        var low = MarketRatio.Read([.. History(), .. Month(0, 10)], ThisMonth, new SignalOptions());
        Assert.True(low.CountRank!.IsExtremeLow);

        var ordinary = MarketRatio.Read([.. History(), .. Month(2, 10)], ThisMonth, new SignalOptions());
        Assert.False(ordinary.CountRank!.IsExtreme);
        Assert.InRange(ordinary.CountRank.Percentile, 0.2m, 0.8m);
    }

    [Fact]
    public void Lots_of_one_decision_count_once_and_mechanical_or_flagged_rows_not_at_all()
    {
        List<InsiderTrade> trades =
        [
            b.SellOn(1, ThisMonth), b.SellOn(1, ThisMonth), b.BuyOn(2, ThisMonth),
            b.SellOn(3, ThisMonth, nature: TradeNature.PlannedSale),
            b.Buy(4, (ThisMonth.DayNumber - TradeBuilder.Day0.DayNumber) + 1, flags: DataFlag.AbsurdShares),
        ];
        var reading = MarketRatio.Read(trades, ThisMonth, new SignalOptions());
        Assert.Equal(1, reading.Month.Purchases);
        Assert.Equal(1, reading.Month.Sales);
        Assert.Equal(20_000m, reading.Month.SaleValue);
        Assert.Null(reading.CountRank);
        Assert.Contains("Too little history", reading.Text, StringComparison.Ordinal);
    }
}
