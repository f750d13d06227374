using InsiderBot.Filings;
using InsiderBot.Insights.Signals;
using InsiderBot.Testing;

namespace InsiderBot.Store.Tests.Signals;

/// <summary>Bulk imports defer signal evaluation to the end; the result must be the one live ingestion gives.</summary>
public sealed class DeferredSignalTests
{
    private static readonly DateOnly Day0 = new(2026, 10, 5);
    private readonly FilingBuilder f = new();

    [Theory]
    [InlineData(5)]
    [InlineData(23)]
    public void Deferred_batches_evaluated_at_the_end_give_what_live_batches_give(int seed)
    {
        var filings = Generated(seed);
        using var live = new TestStore();
        foreach (var chunk in filings.Chunk(20)) live.Store.IngestFilings(chunk);

        using var deferred = new TestStore();
        foreach (var chunk in filings.Chunk(20)) Assert.Empty(deferred.Store.IngestFilings(chunk, deferSignals: true).SignalChanges);
        Assert.True(deferred.Store.HasPendingSignals);
        Assert.Empty(deferred.Store.AllSignals());
        var changes = deferred.Store.EvaluatePendingSignals();

        Assert.False(deferred.Store.HasPendingSignals);
        Assert.Equal(SignalLedgerTests.Snapshot(live.Store), SignalLedgerTests.Snapshot(deferred.Store));
        Assert.Equal(deferred.Store.AllSignals().Count, changes.Count(c => c.Kind == SignalChangeKind.New));
        Assert.Empty(deferred.Store.RecomputeSignals());
    }

    [Fact]
    public void Deferred_evaluation_survives_a_restart_before_the_import_ends()
    {
        var filings = Generated(7);
        using var live = new TestStore();
        live.Store.IngestFilings(filings);

        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "store.db");
        using (var crashed = new TestStore(path: path))
        {
            crashed.Store.EnsureSignals();
            foreach (var chunk in filings.Chunk(50)) crashed.Store.IngestFilings(chunk, deferSignals: true);
        }

        using var reopened = new TestStore(path: path);
        Assert.True(reopened.Store.HasPendingSignals);
        reopened.Store.EnsureSignals();

        Assert.False(reopened.Store.HasPendingSignals);
        Assert.Equal(SignalLedgerTests.Snapshot(live.Store), SignalLedgerTests.Snapshot(reopened.Store));
    }

    [Fact]
    public void A_settled_store_is_looked_at_again_after_a_deferred_batch_in_the_same_process()
    {
        var filings = Generated(11);
        using var live = new TestStore();
        live.Store.IngestFilings(filings);

        using var t = new TestStore();
        t.Store.EnsureSignals(); // settled: empty, nothing pending
        t.Store.EnsureSignals(); // answered from memory
        foreach (var chunk in filings.Chunk(50)) t.Store.IngestFilings(chunk, deferSignals: true);
        Assert.True(t.Store.HasPendingSignals);

        t.Store.EnsureSignals();
        Assert.False(t.Store.HasPendingSignals);
        Assert.Equal(SignalLedgerTests.Snapshot(live.Store), SignalLedgerTests.Snapshot(t.Store));
    }

    [Fact]
    public void A_live_batch_for_a_deferred_company_evaluates_from_the_deferred_day()
    {
        var filings = Generated(11);
        using var live = new TestStore();
        live.Store.IngestFilings(filings);

        using var mixed = new TestStore();
        mixed.Store.IngestFilings(filings.Take(filings.Count - 1).ToList(), deferSignals: true);
        mixed.Store.IngestFilings([filings[^1]]);
        mixed.Store.EvaluatePendingSignals();

        Assert.Equal(SignalLedgerTests.Snapshot(live.Store), SignalLedgerTests.Snapshot(mixed.Store));
    }

    [Fact]
    public void Deferred_evaluation_can_hand_over_each_transactions_changes_instead_of_keeping_them()
    {
        var filings = Generated(13, issuers: 120);
        using var kept = new TestStore();
        foreach (var chunk in filings.Chunk(100)) kept.Store.IngestFilings(chunk, deferSignals: true);
        var all = kept.Store.EvaluatePendingSignals();

        using var streamed = new TestStore();
        foreach (var chunk in filings.Chunk(100)) streamed.Store.IngestFilings(chunk, deferSignals: true);
        var handed = new List<IReadOnlyList<SignalChange>>();
        var companies = streamed.Store.EvaluatePendingSignals((_, changes) => handed.Add(changes));

        Assert.False(streamed.Store.HasPendingSignals);
        Assert.True(handed.Count > 1, "120 companies are evaluated in more than one transaction");
        Assert.NotEmpty(all);
        Assert.Equal(120, companies);
        Assert.Equal(all.Count, handed.Sum(h => h.Count));
        Assert.Equal(SignalLedgerTests.Snapshot(kept.Store), SignalLedgerTests.Snapshot(streamed.Store));
    }

    private List<Form4Filing> Generated(int seed, int issuers = 4)
    {
        var random = new Random(seed);
        var titles = new[] { "", "Chief Executive Officer", "CFO", "EVP Sales", "" };
        return Enumerable.Range(0, 300 * Math.Max(1, issuers / 40)).Select(_ =>
        {
            var issuer = 10 + random.Next(issuers);
            var insider = 100 + random.Next(8);
            var date = Day0.AddDays(-random.Next(0, 1500));
            var price = 5m + random.Next(200);
            var shares = random.Next(1, 40) * 1_000m;
            return random.Next(3) == 0
                ? f.Purchase(issuer, insider, date, shares, price, titles[insider % titles.Length])
                : f.Sale(issuer, insider, date, shares, price, random.Next(0, 50) * 1_000m, titles[insider % titles.Length], random.Next(4) == 0 ? true : null);
        }).ToList();
    }
}
