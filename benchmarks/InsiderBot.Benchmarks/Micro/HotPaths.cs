using BenchmarkDotNet.Attributes;
using InsiderBot.Chat.Formatting;
using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Store;
using InsiderBot.Benchmarks.Scenarios;

namespace InsiderBot.Benchmarks.Micro;

/// <summary>
/// BenchmarkDotNet micro-benchmarks of the per-answer hot paths, on real data: the bundled sample seeded into a real
/// store, TSLA's whole stored history (the busiest sample company) for the chart, and the largest sample filing.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private const string SampleFolder = "src/InsiderBot/SampleData/form4"; // run from the repository root, in process
    private readonly Form4Parser parser = new();
    private readonly TransactionClassifier classifier = new();
    private BenchStore bench = null!;
    private IReadOnlyList<InsiderTrade> trades = [];
    private IReadOnlyList<SignalRecord> signals = [];
    private IssuerRecord issuer = null!;
    private byte[] filing = [];
    private FilingOrigin origin = null!;
    private DateOnly from;
    private DateOnly to;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "insiderbot-micro");
        Directory.CreateDirectory(folder);
        bench = new BenchStore(Path.Combine(folder, "micro.db"), fresh: true);
        var reader = new FilingDocumentReader();
        var filings = Directory.EnumerateFiles(SampleFolder, "*.xml")
            .Select(path => reader.Read(File.ReadAllBytes(path), path).Filing)
            .OfType<Form4Filing>()
            .ToList();
        bench.Store.IngestFilings(filings);
        issuer = bench.Store.FindIssuer("TSLA") ?? throw new InvalidOperationException("the sample holds TSLA");
        var all = bench.Store.AllTradesForIssuer(issuer.Cik);
        (from, to) = (all.Min(t => t.Date), all.Max(t => t.Date));
        trades = bench.Store.TradesForIssuer(issuer.Cik, from, to);
        signals = bench.Store.SignalsForIssuer(issuer.Cik, from, to);
        var largest = Directory.EnumerateFiles(SampleFolder, "*.xml").MaxBy(p => new FileInfo(p).Length)!;
        filing = File.ReadAllBytes(largest);
        origin = new FilingOrigin(largest, "0000000000-26-000001");
    }

    [GlobalCleanup]
    public void Cleanup() => bench.Dispose();

    /// <summary>The /insiders chart: TSLA's whole stored history (every trade a marker, signals shaded), PNG encoded.</summary>
    [Benchmark]
    public int ActivityChartPng() => ActivityCharts.For(issuer.Ticker, issuer.Name, trades, from, to, signals)?.Png.Length ?? 0;

    /// <summary>Parse + classify the largest bundled Form 4 (accession known, as on every production path).</summary>
    [Benchmark]
    public int ParseAndClassifyLargestFiling() =>
        parser.Parse(filing, origin).Filing is { } parsed ? classifier.Classify(parsed, ClassificationContext.FilingOnly).Count : 0;

    /// <summary>The per-row reading /insiders prints for every trade of the chart's history.</summary>
    [Benchmark]
    public int ReadEveryTradeOfTheHistory()
    {
        var length = 0;
        foreach (var trade in trades) length += TradeReading.For(trade.Classification, trade.Code).Length;
        return length;
    }
}
