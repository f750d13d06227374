using InsiderBot.Insights.Signals;

namespace InsiderBot.Insights.Tests.Signals;

public sealed class ClusterBuyingTests
{
    private readonly TradeBuilder b = new();
    private readonly SignalEngine engine = new(new SignalOptions());

    private List<Signal> Clusters(params InsiderTrade[] trades) =>
        engine.EvaluateIssuer(TradeBuilder.Issuer, trades).Where(s => s.Kind == SignalKind.ClusterBuying).ToList();

    [Fact]
    public void Two_buyers_are_not_a_cluster_three_are()
    {
        Assert.Empty(Clusters(b.Buy(1, 0), b.Buy(2, 3)));

        var signal = Assert.Single(Clusters(b.Buy(1, 0), b.Buy(2, 3), b.Buy(3, 5)));
        Assert.Equal([1L, 2L, 3L], signal.Insiders);
        Assert.False(signal.IsMixed);
        Assert.StartsWith("Clean cluster buy: 3 insiders", signal.Reason, StringComparison.Ordinal);
        Assert.Equal(30_000m, signal.Value);
        Assert.Equal(TradeBuilder.Day(0), signal.From);
        Assert.Equal(TradeBuilder.Day(5), signal.To);
    }

    [Fact]
    public void Buys_fourteen_days_apart_cluster_fifteen_do_not()
    {
        Assert.Single(Clusters(b.Buy(1, 0), b.Buy(2, 7), b.Buy(3, 14)));
        Assert.Empty(Clusters(b.Buy(1, 0), b.Buy(2, 7), b.Buy(3, 15)));
    }

    [Fact]
    public void The_window_slides_to_a_later_start_when_the_first_buy_is_alone()
    {
        var signal = Assert.Single(Clusters(b.Buy(1, 0), b.Buy(2, 10), b.Buy(3, 20), b.Buy(4, 22)));
        Assert.Equal([2L, 3L, 4L], signal.Insiders);
        Assert.Equal(TradeBuilder.Day(10), signal.From);
    }

    [Fact]
    public void A_plan_sale_inside_the_window_is_context_and_keeps_the_cluster_clean()
    {
        var planSale = b.Sell(9, 4, nature: TradeNature.PlannedSale, plan: PlanStatus.Yes);
        var exerciseSale = b.Sell(8, 6, nature: TradeNature.ExerciseSale);
        var signal = Assert.Single(Clusters(b.Buy(1, 0), b.Buy(2, 3), b.Buy(3, 5), planSale, exerciseSale));

        Assert.False(signal.IsMixed);
        Assert.Equal([planSale.Id, exerciseSale.Id], signal.Context.Select(t => t.Id));
        Assert.Contains("2 mechanical sales", signal.Checked, StringComparison.Ordinal);
    }

    [Fact]
    public void A_discretionary_sale_inside_the_window_makes_it_mixed_one_after_the_window_does_not()
    {
        var mixed = Assert.Single(Clusters(b.Buy(1, 0), b.Buy(2, 3), b.Buy(3, 5), b.Sell(9, 14)));
        Assert.True(mixed.IsMixed);
        Assert.StartsWith("Mixed cluster buy", mixed.Reason, StringComparison.Ordinal);
        Assert.Contains("Insider 9", mixed.Reason, StringComparison.Ordinal);

        var clean = Assert.Single(Clusters(b.Buy(1, 0), b.Buy(2, 3), b.Buy(3, 5), b.Sell(9, 15)));
        Assert.False(clean.IsMixed);
    }

    [Fact]
    public void A_joint_filing_counts_once()
    {
        // Insider 2 files jointly with its general partner; the partner's name is on the same trade, not a second insider.
        var joint = b.Buy(2, 3, owners: ["Fund II LP", "Fund II GP LLC"]);
        Assert.Empty(Clusters(b.Buy(1, 0), joint, b.Buy(2, 4, owners: ["Fund II LP", "Fund II GP LLC"])));
        Assert.Single(Clusters(b.Buy(1, 0), joint, b.Buy(3, 4)));
    }

    [Fact]
    public void Flagged_and_planned_purchases_never_feed_a_cluster()
    {
        Assert.Empty(Clusters(b.Buy(1, 0), b.Buy(2, 3), b.Buy(3, 5, flags: DataFlag.PriceLooksLikeTotal)));
        Assert.Empty(Clusters(b.Buy(1, 0), b.Buy(2, 3), b.Buy(3, 5, plan: PlanStatus.Yes)));
        Assert.Single(Clusters(b.Buy(1, 0), b.Buy(2, 3), b.Buy(3, 5))); // the same three buys, clean
    }

    [Fact]
    public void A_growing_cluster_keeps_its_id_and_gains_evidence()
    {
        var first = Assert.Single(Clusters(b.Buy(1, 0), b.Buy(2, 3), b.Buy(3, 5)));
        var grown = Assert.Single(Clusters(b.Buy(1, 0), b.Buy(2, 3), b.Buy(3, 5), b.Buy(4, 9)));
        Assert.Equal(first.Id, grown.Id);
        Assert.Equal(4, grown.Insiders.Count);
        Assert.NotEqual(first.Fingerprint, grown.Fingerprint);
    }

    [Fact]
    public void Cluster_selling_needs_three_discretionary_sellers()
    {
        var sellers = engine.EvaluateIssuer(TradeBuilder.Issuer, [b.Sell(1, 0), b.Sell(2, 3), b.Sell(3, 14)]);
        var signal = Assert.Single(sellers, s => s.Kind == SignalKind.ClusterSelling);
        Assert.Contains("none of these sales was under a 10b5-1 plan", signal.Checked, StringComparison.Ordinal);

        var onePlanned = engine.EvaluateIssuer(TradeBuilder.Issuer, [b.Sell(1, 0), b.Sell(2, 3), b.Sell(3, 5, nature: TradeNature.PlannedSale, plan: PlanStatus.Yes)]);
        Assert.DoesNotContain(onePlanned, s => s.Kind == SignalKind.ClusterSelling);
        var tooLate = engine.EvaluateIssuer(TradeBuilder.Issuer, [b.Sell(1, 0), b.Sell(2, 3), b.Sell(3, 15)]);
        Assert.DoesNotContain(tooLate, s => s.Kind == SignalKind.ClusterSelling);
    }

    [Fact]
    public void Thresholds_come_from_the_options()
    {
        var twoMakeACluster = new SignalEngine(new SignalOptions { ClusterMinInsiders = 2, ClusterWindowDays = 3 });
        Assert.Single(twoMakeACluster.EvaluateIssuer(TradeBuilder.Issuer, [b.Buy(1, 0), b.Buy(2, 3)]), s => s.Kind == SignalKind.ClusterBuying);
        Assert.Empty(twoMakeACluster.EvaluateIssuer(TradeBuilder.Issuer, [b.Buy(1, 0), b.Buy(2, 4)]));
    }
}
