using System.Diagnostics;
using System.Globalization;
using InsiderBot.Benchmarks.Generation;
using InsiderBot.Benchmarks.Suite;
using InsiderBot.Edgar.DataSets;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// A full-size synthetic quarter (the first three months of a history dense enough for ~200k transactions a quarter,
/// ~6,000 companies) written as data-set TSVs in the SEC layout, then imported through <see cref="DataSetImporter"/>
/// into a fresh store: time, rows/s and the peak RSS of the import against the 256 MB target.
/// </summary>
public sealed class QuarterImport : IBenchmarkScenario
{
    public string Verb => "quarter-import";

    public string Usage => "[--transactions N] [--batch FILINGS]";

    public IReadOnlyList<string> SuiteArguments => ["--transactions", "200000"];

    public BenchmarkSection Run(BenchmarkArguments arguments)
    {
        var transactions = arguments.Long("--transactions", 200_000);
        var folder = "benchmarks/data/quarter";
        var shape = new HistoryShape(transactions * 40, 6_000, 10);
        long filings = 0;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        using (var tables = new DataSetTables(folder))
        {
            foreach (var filing in new SyntheticHistory(shape).Filings().TakeWhile(f => f.FiledOn < shape.Start.AddMonths(3)))
            {
                tables.Write(filing);
                filings++;
            }
        }

        var bytes = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
        using var bench = new BenchStore("benchmarks/data/quarter.db", fresh: true);
        var importer = new DataSetImporter(bench.Store, TimeProvider.System, NullLogger<DataSetImporter>.Instance)
        {
            BatchSize = (int)arguments.Long("--batch", Store.InsiderStore.BulkBatchSize),
        };
        GC.Collect();
        Machine.ResetPeakRss();
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = importer.Import(folder);
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var peak = Machine.PeakRssMb();
        var rows = result.Import.Transactions;
        var body = string.Create(CultureInfo.InvariantCulture, $$"""
            Input: the first quarter of a seeded synthetic history dense enough for a real quarter ({{filings:N0}} Form 4s, {{rows:N0}} transactions,
            6,000 companies) written as the SEC's data-set TSVs (SUBMISSION, REPORTINGOWNER, NONDERIV_TRANS, DERIV_TRANS, FOOTNOTES with the
            real tables' headers; {{bytes / 1048576.0:0}} MB, {{result.Rows:N0}} rows). `DataSetImporter` reads, spills per day, joins, classifies
            and stores them in batches of {{importer.BatchSize:N0}} filings into a fresh store, then evaluates each touched company's signals once.

            | what | wall time | transactions/s | CPU time | transactions per CPU-second | peak RSS of the import | target |
            | --- | --- | --- | --- | --- | --- | --- |
            | quarter import through `DataSetImporter` | {{seconds:0.0}} s | {{rows / seconds:N0}} | {{cpuSeconds:0.0}} s | {{rows / cpuSeconds:N0}} | {{peak:0}} MB | < 256 MB — {{(peak < 256 ? "met" : "**missed**")}} |

            Imported {{result.Import.FilingsImported:N0}} filings, {{result.Import.Duplicates:N0}} duplicates, {{result.Import.Quarantined.Count:N0}} quarantined; {{bench.Store.AllSignals().Count:N0}} signals stored. Machine load average at the end: {{LoadAverage()}}.
            """);
        return new BenchmarkSection("Import of a full-size quarterly data set (issues 5 and 9)", arguments.Command(Verb), body);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
