using InsiderBot.Insights.Signals;

namespace InsiderBot.Insights.Tests.Signals;

public sealed class InsiderStatusTests
{
    private readonly TradeBuilder b = new();
    private static readonly DateOnly In2024 = new(2024, 6, 1);

    [Fact]
    public void Same_month_in_each_of_three_previous_years_is_routine()
    {
        var trades = new[] { b.SellOn(1, new(2021, 3, 2)), b.SellOn(1, new(2022, 3, 28)), b.BuyOn(1, new(2023, 3, 15)) };
        Assert.Equal(InsiderStatus.Routine, InsiderStatusReader.StatusOf(trades, In2024));
    }

    [Fact]
    public void Three_years_of_history_without_the_habit_is_opportunistic()
    {
        var trades = new[] { b.SellOn(1, new(2021, 3, 2)), b.SellOn(1, new(2022, 4, 28)), b.SellOn(1, new(2023, 3, 15)) };
        Assert.Equal(InsiderStatus.Opportunistic, InsiderStatusReader.StatusOf(trades, In2024));
    }

    [Fact]
    public void Less_than_three_years_is_unknown_and_awards_do_not_count()
    {
        Assert.Equal(InsiderStatus.Unknown, InsiderStatusReader.StatusOf([b.SellOn(1, new(2022, 3, 2)), b.SellOn(1, new(2023, 3, 2))], In2024));
        Assert.Equal(InsiderStatus.Unknown, InsiderStatusReader.StatusOf([b.Award(1, new(2019, 3, 2)), b.SellOn(1, new(2023, 3, 2))], In2024));
        // Trades of the current year do not decide the current year's status.
        Assert.Equal(InsiderStatus.Unknown, InsiderStatusReader.StatusOf([b.SellOn(1, new(2024, 3, 2))], In2024));
    }

    [Fact]
    public void Signals_of_opportunistic_insiders_rank_before_routine_ones()
    {
        var engine = new SignalEngine(new SignalOptions());
        var routineCeo = new[] { new DateOnly(2021, 5, 3), new(2022, 5, 3), new(2023, 5, 3) }.Select(d => b.SellOn(1, d, shares: 10, roles: InsiderRole.Ceo)).ToList();
        var opportunisticCfo = new[] { new DateOnly(2021, 1, 3), new(2022, 7, 3), new(2023, 9, 3) }.Select(d => b.SellOn(2, d, shares: 10, roles: InsiderRole.Cfo)).ToList();
        var big = new[]
        {
            b.SellOn(1, new(2024, 5, 6), shares: 200_000, price: 10m, roles: InsiderRole.Ceo),
            b.SellOn(2, new(2024, 5, 6), shares: 200_000, price: 10m, roles: InsiderRole.Cfo),
        };

        var signals = engine.EvaluateIssuer(TradeBuilder.Issuer, [.. routineCeo, .. opportunisticCfo, .. big])
            .Where(s => s.Kind == SignalKind.UnexplainedCSuiteSelling && s.From.Year == 2024).ToList();
        Assert.Equal([2L, 1L], signals.Select(s => s.Insiders[0]));
        Assert.Equal([InsiderStatus.Opportunistic, InsiderStatus.Routine], signals.Select(s => s.Status));
    }

    [Fact]
    public void An_insiders_status_is_worked_out_once_a_year_however_many_of_their_signals_it_is_read_for()
    {
        // Before the window the CEO sold every May of 2021-2023; in it, three large sales in 2024 and one in 2025.
        var earlier = new RecordingEarlierTrades(new[] { 2021, 2022, 2023 }.Select(y => b.SellOn(1, new(y, 5, 3), shares: 10, roles: InsiderRole.Ceo)).ToList());
        var window = new[] { new DateOnly(2024, 2, 5), new(2024, 6, 5), new(2024, 10, 7), new(2025, 2, 3) }
            .Select(d => b.SellOn(1, d, shares: 200_000, price: 10m, ownedAfter: 10_000_000, roles: InsiderRole.Ceo)).ToList();

        var signals = new SignalEngine(new SignalOptions()).EvaluateIssuer(TradeBuilder.Issuer, window, earlier, new DateOnly(2024, 1, 1))
            .Where(s => s.Kind == SignalKind.UnexplainedCSuiteSelling).OrderBy(s => s.From).ToList();

        // 2024: May in each of the three years before, routine. 2025: no May in 2024 (its sales were Feb, Jun, Oct), opportunistic.
        Assert.Equal(
            [InsiderStatus.Routine, InsiderStatus.Routine, InsiderStatus.Routine, InsiderStatus.Opportunistic],
            signals.Select(s => s.Status));
        Assert.Equal(2, earlier.Asked.Count(q => q == "market 1"));
    }
}
