using InsiderBot.Insights;
using InsiderBot.Insights.Splits;
using InsiderBot.Testing;

namespace InsiderBot.Charts.Tests;

/// <summary>
/// Every bundled TSLA Form 4 (Musk's buys 2011–2020, his 2021–2022 sales and option exercises) imported once into a
/// real store and read back the way <c>/insiders</c> reads it.
/// </summary>
public sealed class TeslaStore : IDisposable
{
    public const long TeslaCik = 1318605;

    private readonly TestStore store = new();

    public TeslaStore()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4"), "TSLA_*.xml")
            .Order(StringComparer.Ordinal)
            .ToList();
        var summary = store.Importer.Import(files);
        Assert.Empty(summary.Quarantined);
        Assert.True(summary.FilingsImported > 50, $"expected the TSLA sample filings, imported {summary.FilingsImported}");
    }

    public IReadOnlyList<InsiderTrade> Trades(DateOnly from, DateOnly to) => store.Store.TradesForIssuer(TeslaCik, from, to);

    /// <summary>The splits the store applies to Tesla's prices (found from these filings alone).</summary>
    public SplitHistory Splits() => store.Store.SplitsFor(TeslaCik);

    public void Dispose() => store.Dispose();
}
