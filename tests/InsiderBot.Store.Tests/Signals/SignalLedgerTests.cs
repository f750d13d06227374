using InsiderBot.Insights.Signals;
using InsiderBot.Testing;

namespace InsiderBot.Store.Tests.Signals;

public sealed class SignalLedgerTests
{
    private static readonly DateOnly Day0 = new(2026, 10, 5);
    private readonly FilingBuilder f = new();

    [Fact]
    public void A_cluster_is_new_at_three_buyers_grows_at_four_and_changes_when_a_sale_makes_it_mixed()
    {
        using var t = new TestStore();
        Assert.Empty(t.Store.IngestFilings([f.Purchase(7, 1, Day0), f.Purchase(7, 2, Day0.AddDays(2))]).SignalChanges);

        var created = Assert.Single(t.Store.IngestFilings([f.Purchase(7, 3, Day0.AddDays(4))]).SignalChanges);
        Assert.Equal(SignalChangeKind.New, created.Kind);
        Assert.Equal(1, created.Signal.Version);
        Assert.Equal(SignalKind.ClusterBuying, created.Signal.Kind);
        var firstSeen = created.Signal.FirstSeen;

        t.Time.Advance(TimeSpan.FromHours(3));
        var grown = Assert.Single(t.Store.IngestFilings([f.Purchase(7, 4, Day0.AddDays(6))]).SignalChanges);
        Assert.Equal((SignalChangeKind.Grown, created.Signal.Id, 2), (grown.Kind, grown.Signal.Id, grown.Signal.Version));
        Assert.Equal(firstSeen, grown.Signal.FirstSeen);
        Assert.Equal(firstSeen.AddHours(3), grown.Signal.UpdatedAt);
        Assert.Equal(4, grown.Signal.Insiders.Count);

        var mixed = Assert.Single(t.Store.IngestFilings([f.Sale(7, 9, Day0.AddDays(8))]).SignalChanges);
        Assert.Equal((SignalChangeKind.Changed, 3, true), (mixed.Kind, mixed.Signal.Version, mixed.Signal.IsMixed));

        var stored = Assert.Single(t.Store.SignalsOfKind(SignalKind.ClusterBuying, Day0, Day0.AddDays(30)));
        Assert.Equal((mixed.Signal.Fingerprint, mixed.Signal.Version, mixed.Signal.FirstSeen), (stored.Fingerprint, stored.Version, stored.FirstSeen));
        Assert.Equal(4, t.Store.TradesByIds(stored.EvidenceIds).Count);
    }

    [Fact]
    public void A_duplicate_filing_changes_nothing_and_refresh_finds_nothing_new()
    {
        using var t = new TestStore();
        var filings = new[] { f.Purchase(7, 1, Day0), f.Purchase(7, 2, Day0.AddDays(1)), f.Purchase(7, 3, Day0.AddDays(2)) };
        Assert.Single(t.Store.IngestFilings(filings).SignalChanges);
        Assert.Empty(t.Store.IngestFilings([filings[0]]).SignalChanges);
        Assert.Empty(t.Store.RefreshSignals(filings.Select(x => x.Accession)));
        Assert.Empty(t.Store.RecomputeSignals());
    }

    [Theory]
    [InlineData(5, 1500)]
    [InlineData(23, 1500)]
    [InlineData(7, 4000)]
    [InlineData(11, 5000)]
    public void Incremental_ingestion_of_generated_filings_gives_the_full_recompute(int seed, int days)
    {
        var random = new Random(seed);
        var titles = new[] { "", "Chief Executive Officer", "CFO", "EVP Sales", "" };
        var filings = Enumerable.Range(0, 400).Select(_ =>
        {
            var issuer = 10 + random.Next(4);
            var insider = 100 + random.Next(8);
            var date = Day0.AddDays(-random.Next(0, days));
            var price = 5m + random.Next(200);
            var shares = random.Next(1, 40) * 1_000m;
            return random.Next(3) == 0
                ? f.Purchase(issuer, insider, date, shares, price, titles[insider % titles.Length])
                : f.Sale(issuer, insider, date, shares, price, random.Next(0, 50) * 1_000m, titles[insider % titles.Length], random.Next(4) == 0 ? true : null);
        }).ToList();

        using var incremental = new TestStore();
        var changes = new List<SignalChange>();
        foreach (var chunk in filings.Chunk(20)) changes.AddRange(incremental.Store.IngestFilings(chunk).SignalChanges);
        var live = Snapshot(incremental.Store);

        Assert.NotEmpty(live);
        Assert.Empty(incremental.Store.RecomputeSignals());
        Assert.Equal(live, Snapshot(incremental.Store));
        Assert.Contains(changes, c => c.Kind == SignalChangeKind.Grown || c.Kind == SignalChangeKind.Changed);

        using var oneBatch = new TestStore();
        oneBatch.Store.IngestFilings(filings.AsEnumerable().Reverse().ToList());
        Assert.Equal(live, Snapshot(oneBatch.Store));
    }

    [Fact]
    public void A_signal_an_older_store_kept_with_its_whole_statement_is_not_reported_changed_when_evaluated_again()
    {
        using var t = new TestStore();
        var filings = new[] { f.Purchase(7, 1, Day0), f.Purchase(7, 2, Day0.AddDays(1)), f.Purchase(7, 3, Day0.AddDays(2)) };
        var created = Assert.Single(t.Store.IngestFilings(filings).SignalChanges).Signal;
        var document = t.Database.Signals.FindById(created.Id);
        Assert.StartsWith("h1:", document["fp"].AsString); // a digest, not a copy of the evidence ids and the reason
        document["fp"] = OlderStatement(created);
        t.Database.InTransaction(() => t.Database.Signals.Update(document));

        Assert.Empty(t.Store.RefreshSignals(filings.Select(x => x.Accession)));
        Assert.Empty(t.Store.RecomputeSignals());
        var grown = Assert.Single(t.Store.IngestFilings([f.Purchase(7, 4, Day0.AddDays(3))]).SignalChanges);
        Assert.Equal((SignalChangeKind.Grown, created.Id), (grown.Kind, grown.Signal.Id));
    }

    // The fingerprint as stores written before the digest kept it: the signal's whole statement.
    private static string OlderStatement(SignalRecord s) =>
        string.Join('|', s.Id, s.To.DayNumber, s.IsMixed, s.Status, string.Join(',', s.Insiders),
            string.Join(',', s.EvidenceIds.Order(StringComparer.Ordinal)),
            string.Join(',', s.ContextIds.Order(StringComparer.Ordinal)), s.Reason, s.Checked);

    internal static List<string> Snapshot(InsiderStore store) =>
        store.AllSignals().Select(s => s.Id + "|" + s.Fingerprint).Order(StringComparer.Ordinal).ToList();
}
