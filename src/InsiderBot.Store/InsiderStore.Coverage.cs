using InsiderBot.Store.Coverage;

namespace InsiderBot.Store;

/// <summary>What the store's history covers, recorded by whatever fills it (data sets, daily indexes, the live feed, per-company fetches).</summary>
public sealed partial class InsiderStore
{
    // The covered spans: every answer's coverage note reads them, and only a write changes them.
    private readonly CommittedReads<bool, (IReadOnlyList<CoveredSpan> Market, IReadOnlyDictionary<long, IReadOnlyList<CoveredSpan>> Companies)> coverageRead = new(store, capacity: 1);
    private readonly CommittedReads<string, string?> sampleMark = new(store, capacity: 1);

    /// <summary>Records that every Form 4 filed from <paramref name="from"/> to <paramref name="to"/> (inclusive) is stored.</summary>
    public void MarkMarketCovered(DateOnly from, DateOnly to, string source) =>
        CoverageLedger.Mark(store, CoverageLedger.Market, from, to, source);

    /// <summary>Records that one company's own Form 4s filed from <paramref name="from"/> to <paramref name="to"/> are stored.</summary>
    public void MarkCompanyCovered(long issuerCik, DateOnly from, DateOnly to, string source)
    {
        if (issuerCik <= 0) throw new ArgumentOutOfRangeException(nameof(issuerCik), issuerCik, "an issuer CIK is positive");
        CoverageLedger.Mark(store, issuerCik, from, to, source);
    }

    /// <summary>The covered stretches, merged, and whether the bundled sample is held.</summary>
    public StoreCoverage Coverage()
    {
        var read = coverageRead.Get(true, _ => CoverageLedger.Read(store));
        return new StoreCoverage(read.Market, read.Companies, HoldsSample);
    }

    /// <summary>True when the bundled sample filings were seeded into this store and not removed since (every answer's coverage note asks).</summary>
    public bool HoldsSample => sampleMark.Get(SampleSeededKey, GetMeta) is { } seeded && seeded.EndsWith(SampleSeededSuffix, StringComparison.Ordinal);
}
