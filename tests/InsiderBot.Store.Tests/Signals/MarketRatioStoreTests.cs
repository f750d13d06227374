using InsiderBot.Insights.Signals;
using InsiderBot.Testing;

namespace InsiderBot.Store.Tests.Signals;

public sealed class MarketRatioStoreTests
{
    private readonly FilingBuilder f = new();

    [Fact]
    public void The_stored_day_tallies_read_the_same_as_counting_every_trade_of_the_real_sample()
    {
        using var t = new TestStore();
        t.Seeder.EnsureSeeded();
        var options = new SignalOptions();
        var months = t.Store.TradesBetween(new DateOnly(2000, 1, 1), new DateOnly(2030, 1, 1))
            .Where(tr => SignalTrades.IsOpenMarketPurchase(tr) || SignalTrades.IsDiscretionarySale(tr))
            .Select(tr => MarketRatio.MonthStart(tr.Date)).Distinct().ToList();
        Assert.True(months.Count >= 5, $"the sample holds decisions in {months.Count} months");

        foreach (var month in months)
        {
            var direct = MarketRatio.Read(t.Store.TradesBetween(MarketRatio.HistoryStart(month, options), month.AddMonths(1).AddDays(-1)), month, options);
            var tallied = t.Store.MarketReading(month);
            Assert.Equal(direct.Month, tallied.Month);
            Assert.Equal(direct.Weeks, tallied.Weeks);
            Assert.Equal(direct.History, tallied.History);
            Assert.Equal(direct.Text, tallied.Text);
        }
    }

    [Fact]
    public void A_filing_for_an_already_read_month_changes_the_next_reading_of_it()
    {
        using var t = new TestStore();
        var june = new DateOnly(2024, 6, 3);
        t.Store.IngestFilings([f.Purchase(1, 10, june), f.Sale(2, 20, june), f.Sale(3, 30, june.AddDays(7))]);
        var before = t.Store.MarketReading(june);
        Assert.Equal((1, 2), (before.Month.Purchases, before.Month.Sales));

        t.Store.IngestFilings([f.Purchase(4, 40, june.AddDays(1)), f.Purchase(1, 11, june.AddDays(-20))]);
        var after = t.Store.MarketReading(june);
        Assert.Equal((2, 2), (after.Month.Purchases, after.Month.Sales));
        Assert.Equal(1, t.Store.MarketReading(june.AddMonths(-1)).Month.Purchases);

        // The same insider buying again that day is the same decision (insider-days), with more value.
        t.Store.IngestFilings([f.Purchase(4, 40, june.AddDays(1), shares: 500)]);
        var again = t.Store.MarketReading(june);
        Assert.Equal(2, again.Month.Purchases);
        Assert.Equal(after.Month.PurchaseValue + 10_000m, again.Month.PurchaseValue);
    }

    [Fact]
    public void The_newest_decision_day_skips_days_with_only_grants_and_plan_sales()
    {
        using var t = new TestStore();
        var day = new DateOnly(2024, 6, 3);
        Assert.Null(t.Store.NewestDecisionDay());
        t.Store.IngestFilings([f.Sale(1, 10, day)]);
        t.Store.IngestFilings([f.Filing(1, 11, day.AddMonths(2), "A", 'A', 100, 0, 100, "", plan: null), f.Sale(1, 12, day.AddMonths(1), plan: true)]);
        Assert.Equal(day, t.Store.NewestDecisionDay());
        Assert.Equal(day.AddMonths(2), t.Store.Statistics().Newest);
    }
}
