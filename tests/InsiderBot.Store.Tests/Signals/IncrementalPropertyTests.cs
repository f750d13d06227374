using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Splits;
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
        var checks = IngestCheckingAgainstRecompute(t, filings);

        // The history exercised every detector, late filings and amendments.
        var kinds = t.Store.AllSignals().GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enum.GetValues<SignalKind>(), kind => Assert.True(kinds.GetValueOrDefault(kind) > 0, $"no {kind} signal: {string.Join(", ", kinds)}"));
        Assert.Contains(t.Store.AllSignals(), s => s.Id.EndsWith(":I", StringComparison.Ordinal));
        Assert.Contains(t.Store.AllSignals(), s => s.Status == InsiderStatus.Routine);
        Assert.Contains(filings, f => f.IsAmendment);
        Assert.Contains(filings.Zip(filings.Skip(1)), p => p.Second.PeriodOfReport < p.First.PeriodOfReport!.Value.AddYears(-1));
        Assert.True(checks > 10);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void A_split_found_part_way_re_evaluates_the_company_as_a_full_recompute_would(int seed)
    {
        var history = new GeneratedHistory(seed, End, years: 5, splitOn: End.AddYears(-2));
        var filings = history.Filings();
        var splitOn = history.SplitDay!.Value;
        using var t = new TestStore();

        var checks = IngestCheckingAgainstRecompute(t, filings, splitSeen: () => !t.Store.SplitsFor(GeneratedHistory.SplittingIssuer).IsEmpty);

        var split = Assert.Single(t.Store.SplitsFor(GeneratedHistory.SplittingIssuer).Splits);
        Assert.Equal(new SplitRatio(3, 1), split.Ratio);
        Assert.True(split.After < splitOn && splitOn <= split.By, $"({split.After}, {split.By}] should hold {splitOn}");
        Assert.All(new long[] { 12, 13 }, issuer => Assert.True(t.Store.SplitsFor(issuer).IsEmpty));
        Assert.True(checks > 10);
    }

    // Ingests filing by filing; every 50 filings (and right after the split is first applied) a full recompute must change nothing.
    private static int IngestCheckingAgainstRecompute(TestStore t, IReadOnlyList<InsiderBot.Filings.Form4Filing> filings, Func<bool>? splitSeen = null)
    {
        var checks = 0;
        var seen = false;
        for (var i = 0; i < filings.Count; i++)
        {
            t.Store.IngestFilings([filings[i]]);
            var justSeen = !seen && splitSeen is not null && (seen = splitSeen());
            if (i % 50 != 49 && i != filings.Count - 1 && !justSeen) continue;
            var before = SignalLedgerTests.Snapshot(t.Store);
            var differences = t.Store.RecomputeSignals();
            Assert.True(differences.Count == 0,
                $"after filing {i + 1} of {filings.Count} ({filings[i].Accession}, {filings[i].Issuer.Cik}, {filings[i].PeriodOfReport}): " +
                string.Join("; ", differences.Take(5).Select(d => $"{d.Kind} {d.Signal.Id}")));
            Assert.Equal(before, SignalLedgerTests.Snapshot(t.Store));
            checks++;
        }

        Assert.True(splitSeen is null || seen, "the split was never applied");
        return checks;
    }
}
