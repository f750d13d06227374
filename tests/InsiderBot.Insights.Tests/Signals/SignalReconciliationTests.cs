using InsiderBot.Insights.Signals;

namespace InsiderBot.Insights.Tests.Signals;

/// <summary>What a company's fresh evaluation did to the signals known before: new, grown, changed, withdrawn or nothing.</summary>
public sealed class SignalReconciliationTests
{
    private readonly TradeBuilder trades = new();

    [Fact]
    public void An_unknown_id_is_new_and_an_unchanged_known_signal_is_left_out()
    {
        var kept = Cluster(trades.Buy(1, 0), trades.Buy(2, 1), trades.Buy(3, 2));
        var fresh = Cluster(trades.Buy(4, 40), trades.Buy(5, 41), trades.Buy(6, 42));

        var revision = Assert.Single(SignalReconciliation.Reconcile([kept, fresh], [kept]));

        Assert.Equal(SignalChangeKind.New, revision.Kind);
        Assert.Same(fresh, revision.Current);
        Assert.Null(revision.Before);
    }

    [Fact]
    public void A_cluster_that_keeps_its_buyers_and_gains_one_has_grown()
    {
        var evidence = new[] { trades.Buy(1, 0), trades.Buy(2, 1), trades.Buy(3, 2) };
        var before = Cluster(evidence);
        var now = Cluster([.. evidence, trades.Buy(4, 3)]);

        var revision = Assert.Single(SignalReconciliation.Reconcile([now], [before]));

        Assert.Equal(SignalChangeKind.Grown, revision.Kind);
        Assert.Same(now, revision.Current);
        Assert.Same(before, revision.Before);
    }

    [Fact]
    public void A_signal_that_lost_evidence_or_reads_otherwise_has_changed()
    {
        var evidence = new[] { trades.Buy(1, 0), trades.Buy(2, 1), trades.Buy(3, 2), trades.Buy(4, 3) };
        var before = Cluster(evidence);
        var fewer = Cluster(evidence[..3]);
        var swapped = Cluster([.. evidence[..3], trades.Buy(5, 3), trades.Buy(6, 4)]);
        var mixed = before with { IsMixed = true };

        Assert.Equal(SignalChangeKind.Changed, Assert.Single(SignalReconciliation.Reconcile([fewer], [before])).Kind);
        Assert.Equal(SignalChangeKind.Changed, Assert.Single(SignalReconciliation.Reconcile([swapped], [before])).Kind);
        Assert.Equal(SignalChangeKind.Changed, Assert.Single(SignalReconciliation.Reconcile([mixed], [before])).Kind);
    }

    [Fact]
    public void A_known_signal_no_longer_detected_is_withdrawn_after_the_fresh_ones()
    {
        var gone = Cluster(trades.Buy(1, 0), trades.Buy(2, 1), trades.Buy(3, 2));
        var fresh = Cluster(trades.Buy(4, 40), trades.Buy(5, 41), trades.Buy(6, 42));

        var revisions = SignalReconciliation.Reconcile([fresh], [gone]);

        Assert.Equal([SignalChangeKind.New, SignalChangeKind.Withdrawn], revisions.Select(r => r.Kind));
        Assert.Null(revisions[1].Current);
        Assert.Same(gone, revisions[1].Before);
    }

    private static Signal Cluster(params InsiderTrade[] evidence) =>
        Signal.About(
            SignalKind.ClusterBuying, evidence, evidence[0].Date, evidence[^1].Date,
            evidence.Select(t => t.InsiderCik).Distinct().ToList(), evidence.Select(t => t.InsiderName).Distinct().ToList(),
            $"{evidence.Length} insiders bought.", "No discretionary sales.", value: null);
}
