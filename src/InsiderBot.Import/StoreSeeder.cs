using InsiderBot.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Import;

/// <summary>
/// Seeds an empty store with the bundled real Form 4 filings on the first command that needs data, so a first run
/// answers real questions with no setup. A store that already holds data is never seeded. With
/// <paramref name="holdings"/>, the bundled 13F reports (<c>SampleData/13f</c>) are seeded too, their filers as demo managers.
/// </summary>
public sealed class StoreSeeder(
    InsiderStore store, FilingImporter importer, IOptions<StoreOptions> options, ILogger<StoreSeeder> logger, SampleHoldings? holdings = null)
{
    private readonly Lock gate = new();
    private volatile bool done;

    /// <summary>The bundled sample folder: <c>SampleData/</c> beside the program unless configured.</summary>
    public string SampleDataPath => options.Value.SampleDataPath is { Length: > 0 } configured
        ? configured
        : Path.Combine(AppContext.BaseDirectory, "SampleData");

    /// <summary>True once <see cref="EnsureSeeded"/> has run: the store holds what it is going to hold.</summary>
    public bool IsSettled => done;

    /// <summary>
    /// Takes the sample back out (<see cref="InsiderStore.RemoveSample"/>): its filings are those read from the sample's
    /// <c>form4</c> and <c>form4_sgml</c> folders (this deployment's, or any <c>SampleData</c> folder a release had),
    /// its symbols those of its ticker map. The store is never seeded again.
    /// </summary>
    public SampleRemovalResult RemoveSample()
    {
        lock (gate)
        {
            done = true;
            return store.RemoveSample(IsSampleSource, SampleTickers());
        }
    }

    /// <summary>True for a filing source that is one of the bundled sample's files.</summary>
    public bool IsSampleSource(string source)
    {
        var folder = Path.GetDirectoryName(source);
        if (folder is not { Length: > 0 } || Path.GetFileName(folder) is not ("form4" or "form4_sgml")) return false;
        var root = Path.GetDirectoryName(folder);
        return root is { Length: > 0 } && (Path.GetFileName(root) == "SampleData" || root == Path.GetFullPath(SampleDataPath));
    }

    /// <summary>The sample's ticker map (ticker, CIK), as the seeder loads it.</summary>
    public IReadOnlyList<(string Ticker, long Cik)> SampleTickers()
    {
        var tickers = Path.Combine(SampleDataPath, "tickers", "company_tickers.json");
        if (!File.Exists(tickers)) return [];
        using var stream = File.OpenRead(tickers);
        return Filings.CompanyTickers.Read(stream).Select(t => (TickerSymbol.Normalize(t.Ticker), t.Cik)).ToList();
    }

    /// <summary>Seeds when the store is empty; returns the summary when it did.</summary>
    public ImportSummary? EnsureSeeded()
    {
        lock (gate)
        {
            if (done) return null;
            done = true;
            if (!options.Value.SeedSampleData || store.GetMeta(InsiderStore.SampleSeededKey) is not null) return null;
            if (!store.IsEmpty)
            {
                store.SetMeta(InsiderStore.SampleSeededKey, "store already held data");
                return null;
            }

            var sample = SampleDataPath;
            if (!Directory.Exists(sample))
            {
                logger.LogWarning("No bundled sample data at {Path}; the store stays empty", sample);
                return null;
            }

            var tickers = Path.Combine(sample, "tickers", "company_tickers.json");
            if (File.Exists(tickers))
            {
                using var stream = File.OpenRead(tickers);
                store.ImportTickerMap(Filings.CompanyTickers.Read(stream));
            }

            var summary = importer.Import([Path.Combine(sample, "form4"), Path.Combine(sample, "form4_sgml")]);
            var reports = holdings?.Seed(Path.Combine(sample, "13f")) ?? 0;
            store.SetMeta(InsiderStore.SampleSeededKey, $"{summary.FilingsImported}{InsiderStore.SampleSeededSuffix}");
            logger.LogInformation("Seeded {Store} with {Filings} bundled sample filings and {Reports} 13F reports", store.FilePath, summary.FilingsImported, reports);
            return summary;
        }
    }
}
