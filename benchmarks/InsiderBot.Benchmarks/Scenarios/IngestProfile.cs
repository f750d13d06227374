using System.Diagnostics;
using System.Globalization;
using System.Text;
using InsiderBot.Benchmarks.Generation;
using InsiderBot.Benchmarks.Suite;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// Streams the seeded synthetic history through <c>InsiderStore.IngestFilings</c> in batches of 200 (as live ingestion
/// and imports do), then checks the incremental signals against a full recompute (must be 0 differences).
/// </summary>
public sealed class IngestProfile : IBenchmarkScenario
{
    public string Verb => "profile-ingest";

    public string Usage => "[--transactions N] [--batch FILINGS] [--defer-signals]";

    public IReadOnlyList<string> SuiteArguments => ["--transactions", "100000"];

    public BenchmarkSection Run(BenchmarkArguments arguments)
    {
        var transactions = arguments.Long("--transactions", 100_000);
        var batchSize = (int)arguments.Long("--batch", 200);
        var deferSignals = arguments.Flag("--defer-signals");
        var history = new SyntheticHistory(HistoryShape.Of(transactions));
        Directory.CreateDirectory("benchmarks/data");
        using var bench = new BenchStore("benchmarks/data/profile.db", fresh: true);
        var watch = Stopwatch.StartNew();
        long filings = 0, rows = 0;
        var lap = Stopwatch.StartNew();
        double lastMsPerFiling = 0;
        long sinceLap = 0;
        foreach (var batch in history.Filings().Chunk(batchSize))
        {
            bench.Store.IngestFilings(batch, deferSignals);
            filings += batch.Length;
            rows += batch.Sum(f => f.Transactions.Count);
            sinceLap += batch.Length;
            if (sinceLap >= 5_000)
            {
                lastMsPerFiling = lap.Elapsed.TotalMilliseconds / sinceLap;
                sinceLap = 0;
                Console.Error.WriteLine($"{filings,8} filings {rows,9} rows  {lastMsPerFiling:0.00} ms/filing  last {batch[^1].FiledOn}  rss {Machine.PeakRssMb():0} MB");
                lap.Restart();
            }
        }

        if (deferSignals) bench.Store.EvaluatePendingSignals();
        var seconds = watch.Elapsed.TotalSeconds;
        var check = Stopwatch.StartNew();
        var differences = bench.Store.RecomputeSignals();
        var signals = bench.Store.AllSignals().Count;
        var body = new StringBuilder();
        body.AppendLine(CultureInfo.InvariantCulture, $"| run | wall time | rows/s | ms/filing at the end | peak RSS |");
        body.AppendLine("| --- | --- | --- | --- | --- |");
        body.AppendLine(CultureInfo.InvariantCulture, $"| {transactions:N0} transactions: {filings:N0} filings, {rows:N0} rows, batches of {batchSize:N0}{(deferSignals ? ", signals deferred to the end" : "")} | {seconds:0.0} s | {rows / seconds:N0} | {lastMsPerFiling:0.00} | {Machine.PeakRssMb():0} MB |");
        body.AppendLine();
        body.AppendLine(CultureInfo.InvariantCulture, $"Full recompute after the incremental ingest: {differences.Count} differences over {signals:N0} signals ({check.Elapsed.TotalSeconds:0.0} s for the whole store).");
        return new BenchmarkSection("Store ingest through IngestFilings (issue 9)", arguments.Command(Verb), body.ToString());
    }
}
