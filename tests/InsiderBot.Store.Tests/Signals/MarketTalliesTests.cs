using InsiderBot.Testing;

namespace InsiderBot.Store.Tests.Signals;

public sealed class MarketTalliesTests
{
    private readonly FilingBuilder f = new();

    [Fact]
    public void One_refresh_reads_every_month_and_the_newest_decision_day_as_the_per_call_readings_do()
    {
        using var t = new TestStore();
        t.Seeder.EnsureSeeded();
        var tallies = t.Store.ReadMarketTallies();
        var newest = tallies.NewestDecisionDay();
        Assert.NotNull(newest);
        Assert.Equal(t.Store.NewestDecisionDay(), newest);

        for (var month = newest.Value.AddMonths(-12); month <= newest.Value.AddMonths(1); month = month.AddMonths(1))
        {
            var once = tallies.Reading(month);
            var each = t.Store.MarketReading(month);
            Assert.Equal(each.Month, once.Month);
            Assert.Equal(each.Weeks, once.Weeks);
            Assert.Equal(each.History, once.History);
            Assert.Equal(each.CountRank, once.CountRank);
            Assert.Equal(each.Text, once.Text);
        }
    }

    [Fact]
    public void The_tallies_are_refreshed_once_when_read_so_one_answer_reads_one_state_and_the_next_answer_the_new_one()
    {
        using var t = new TestStore();
        var june = new DateOnly(2024, 6, 3);
        t.Store.IngestFilings([f.Purchase(1, 10, june), f.Sale(2, 20, june)]);
        var answer = t.Store.ReadMarketTallies();
        Assert.Equal((1, 1), (answer.Reading(june).Month.Purchases, answer.Reading(june).Month.Sales));

        // A filing landing mid-answer lowers the watermark; the answer's later readings do not re-tally for it.
        t.Store.IngestFilings([f.Purchase(3, 30, june.AddDays(1)), f.Purchase(4, 40, june.AddMonths(1))]);
        Assert.Equal(1, answer.Reading(june).Month.Purchases);
        Assert.Equal(june, answer.NewestDecisionDay());

        var next = t.Store.ReadMarketTallies();
        Assert.Equal(2, next.Reading(june).Month.Purchases);
        Assert.Equal(june.AddMonths(1), next.NewestDecisionDay());
    }
}
