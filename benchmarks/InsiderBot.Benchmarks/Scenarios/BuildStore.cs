using System.Globalization;
using InsiderBot.Benchmarks.Stores;
using InsiderBot.Benchmarks.Suite;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// Builds (or reuses) the benchmark store the store-level scenarios query, and reports its size on disk against the
/// raw TSV of the same rows (issue 9's "store size on disk" row), with how long the build took.
/// </summary>
public sealed class BuildStore : IBenchmarkScenario
{
    public const long SuiteTransactions = 5_000_000;

    public string Verb => "build-store";

    public string Usage => "[--transactions N] [--batch B]   builds benchmarks/data/store-N.db (+ .tsv), reused when complete";

    public IReadOnlyList<string> SuiteArguments => ["--transactions", SuiteTransactions.ToString(CultureInfo.InvariantCulture)];

    public BenchmarkSection Run(BenchmarkArguments arguments)
    {
        var built = StoreBuilder.Ensure(arguments.Long("--transactions", SuiteTransactions), (int)arguments.Long("--batch", StoreBuilder.DefaultBatch));
        var ratio = (double)built.StoreBytes / built.TsvBytes;
        var pages = PageBreakdown.Of(built.Path);
        var body = string.Create(CultureInfo.InvariantCulture, $$"""
            The seeded synthetic history ({{built.Transactions:N0}} transactions asked: {{built.Filings:N0}} filings, {{built.Rows:N0}} rows, 10 years)
            stored through the bulk path the import verb and the data sets use: `InsiderStore.IngestFilings(batch, deferSignals: true)` in
            batches of {{built.BatchSize}} filings (one transaction each), then `EvaluatePendingSignals` evaluating each company once
            (transactions of up to 200 companies and 20,000 stored trades; {{built.Signals:N0}} signals stored).
            The floor is the same rows written as TSV shaped like the SEC insider-transactions data set (one row per
            transaction, filing and owner fields repeated, footnote text inline).

            | what | size on disk | per row | ratio to TSV |
            | --- | --- | --- | --- |
            | raw TSV (floor) | {{built.TsvBytes / 1048576.0:N1}} MB | {{(double)built.TsvBytes / built.Rows:0}} B | 1.00× |
            | LiteDB store (trades, filings, indexes, signals, insiders) | {{built.StoreBytes / 1048576.0:N1}} MB | {{(double)built.StoreBytes / built.Rows:0}} B | {{ratio:0.00}}× — reported |

            Build: {{built.BuildSeconds:N0}} s ({{built.Rows / built.BuildSeconds:N0}} rows/s overall; storing the filings {{built.IngestSeconds:N0}} s,
            {{built.Rows / Math.Max(built.IngestSeconds, 0.001):N0}} rows/s; the signals {{built.BuildSeconds - built.IngestSeconds:N0}} s), peak RSS {{built.BuildPeakRssMb:N0}} MB{{(built.Reused ? "; figures from the run that built the file (reused here)" : "")}}.

            Where the store's bytes go (LiteDB `$dump`, 8 KB pages, largest first):

            """) + "\n" + pages;
        return new BenchmarkSection("Store size on disk vs raw TSV, and the benchmark store's build (issue 9)", arguments.Command(Verb), body);
    }
}
