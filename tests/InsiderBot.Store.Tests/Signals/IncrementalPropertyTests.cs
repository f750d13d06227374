using InsiderBot.Insights.Signals;
using InsiderBot.Testing;

namespace InsiderBot.Store.Tests.Signals;

/// <summary>
/// The incremental evaluation (per ingested filing, from the day the store anchors on its stored signals, with narrow
/// lookbacks) must leave exactly the signals a full recompute gives, whatever order the filings arrive in.
/// </summary>
public sealed class IncrementalPropertyTests
{
    private static readonly DateOnly End = new(2026, 10, 30);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Filing_by_filing_ingestion_of_a_generated_history_leaves_what_a_full_recompute_gives(int seed)
    {
        var filings = new GeneratedHistory(seed, End, years: 5).Filings();
        using var t = new TestStore();
        var checks = 0;
        for (var i = 0; i < filings.Count; i++)
        {
            t.Store.IngestFilings([filings[i]]);
            if (i % 50 != 49 && i != filings.Count - 1) continue;
            var before = SignalLedgerTests.Snapshot(t.Store);
            var differences = t.Store.RecomputeSignals();
            Assert.True(differences.Count == 0,
                $"after filing {i + 1} of {filings.Count} ({filings[i].Accession}, {filings[i].Issuer.Cik}, {filings[i].PeriodOfReport}): " +
                string.Join("; ", differences.Take(5).Select(d => $"{d.Kind} {d.Signal.Id}")));
            Assert.Equal(before, SignalLedgerTests.Snapshot(t.Store));
            checks++;
        }

        // The history exercised every detector, late filings and amendments.
        var kinds = t.Store.AllSignals().GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enum.GetValues<SignalKind>(), kind => Assert.True(kinds.GetValueOrDefault(kind) > 0, $"no {kind} signal: {string.Join(", ", kinds)}"));
        Assert.Contains(t.Store.AllSignals(), s => s.Id.EndsWith(":I", StringComparison.Ordinal));
        Assert.Contains(t.Store.AllSignals(), s => s.Status == InsiderStatus.Routine);
        Assert.Contains(filings, f => f.IsAmendment);
        Assert.Contains(filings.Zip(filings.Skip(1)), p => p.Second.PeriodOfReport < p.First.PeriodOfReport!.Value.AddYears(-1));
        Assert.True(checks > 10);
    }
}
