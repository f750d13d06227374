using System.Diagnostics;
using System.Globalization;
using InsiderBot.Benchmarks.Generation;
using InsiderBot.Benchmarks.Stores;
using InsiderBot.Benchmarks.Suite;
using InsiderBot.Filings;
using InsiderBot.Insights.Splits;
using InsiderBot.Store;
using LiteDB;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// Incremental signal evaluation per ingested filing on the big store (issues 4 and 9): for seeded new filings of
/// existing companies, <c>IngestFilings([filing])</c> against a full recompute of that company's signals
/// (<c>RefreshSignals</c>: the company's whole history, every detector, reconciled with the stored signals), in the
/// same run, alternating which goes first. Runs on a copy of the store, since it writes.
/// </summary>
public sealed class IncrementalSignals : IBenchmarkScenario
{
    public const int WarmUp = 3;

    public string Verb => "incremental-signals";

    public string Usage => "[--transactions N] [--filings K]";

    public IReadOnlyList<string> SuiteArguments => ["--transactions", BuildStore.SuiteTransactions.ToString(CultureInfo.InvariantCulture), "--filings", "200"];

    public BenchmarkSection Run(BenchmarkArguments arguments)
    {
        var transactions = arguments.Long("--transactions", BuildStore.SuiteTransactions);
        var count = (int)arguments.Long("--filings", 200);
        var built = StoreBuilder.Ensure(transactions);
        var copy = Path.Combine(StoreBuilder.Folder, $"incremental-{transactions}.db");
        File.Delete(Path.ChangeExtension(copy, null) + "-log.db");
        File.Copy(built.Path, copy, overwrite: true);

        var history = new SyntheticHistory(HistoryShape.Of(transactions));
        var replay = Stopwatch.StartNew();
        foreach (var _ in history.Filings())
        {
        }

        var filings = history.Continuation(count + WarmUp).ToList();
        var replaySeconds = replay.Elapsed.TotalSeconds;
        IncrementalTimings timings;
        var watchStart = Stopwatch.StartNew();
        int watched;
        using (var bench = new BenchStore(copy, fresh: false))
        {
            watched = WatchSplits(bench, filings);
            watchStart.Stop();
            timings = Time(bench, filings, WarmUp);
        }

        var (ingest, storing, full, companyRows, differences, changes) = timings;
        var (i50, i99, f50, f99) = (Percentiles.Of(ingest, 50), Percentiles.Of(ingest, 99), Percentiles.Of(full, 50), Percentiles.Of(full, 99));
        var (s50, s99) = (Percentiles.Of(storing, 50), Percentiles.Of(storing, 99));
        var body = string.Create(CultureInfo.InvariantCulture, $$"""
            On a copy of `{{built.Path}}` ({{built.Rows:N0}} rows), {{count}} new synthetic filings (seeded; the history is replayed first
            so holdings continue, {{replaySeconds:0}} s) for existing companies picked in proportion to how often they file (the
            companies' stored trades: median {{Percentiles.Of(companyRows, 50):N0}}, p90 {{Percentiles.Of(companyRows, 90):N0}}, max {{companyRows.Max():N0}}).
            Per filing, in the same run and alternating which goes first: the incremental evaluation of that company from the
            filing's earliest changed day (the filing stored first with `IngestFilings([filing], deferSignals: true)`, then
            `EvaluatePendingSignals()`: the same evaluation live ingestion runs inside `IngestFilings`), and the floor, a full
            recompute of that company's signals (`RefreshSignals`: every trade of the company, every detector, reconciled with
            the stored signals). The whole ingest (store + evaluate) is reported beside it. {{WarmUp}} warm-up filings left out.
            Before the timed filings, the {{watched:N0}} companies they touch get their split watch written afresh, as a company's
            first evaluation does in a store built before watches were kept ({{watchStart.Elapsed.TotalSeconds:0}} s, untimed).

            | what | p50 | p99 | p50 ratio | p99 ratio | target |
            | --- | --- | --- | --- | --- | --- |
            | full recompute of the company (floor) | {{f50:0.0}} ms | {{f99:0.0}} ms | 1.00× | 1.00× | — |
            | incremental evaluation of the company | {{i50:0.0}} ms | {{i99:0.0}} ms | {{i50 / f50:0.00}}× | {{i99 / f99:0.00}}× | ≪ 1× (read as ≤ 0.25×) — {{(i50 / f50 <= 0.25 ? "met" : "**missed**")}} |
            | the whole ingest: store the filing + incremental evaluation | {{s50:0.0}} ms | {{s99:0.0}} ms | {{s50 / f50:0.00}}× | {{s99 / f99:0.00}}× | reported |

            The full recomputes found {{differences}} signals that the incremental evaluation had left different (must be 0); the
            ingests announced {{changes}} signal changes.
            """);
        return new BenchmarkSection("Incremental signal evaluation per ingested filing vs a full recompute of the company (issues 4 and 9)", arguments.Command(Verb), body);
    }

    /// <summary>
    /// Infers the splits of each company the filings touch once, writing the watch that vouches for its later filings, as
    /// the first evaluation of a company does in a store written before split watches were kept.
    /// </summary>
    private static int WatchSplits(BenchStore bench, IReadOnlyList<Form4Filing> filings)
    {
        var issuers = filings.Select(f => f.Issuer.Cik).Distinct().ToList();
        bench.Database.InTransaction(() =>
        {
            foreach (var issuer in issuers) SplitRegister.Refresh(bench.Database, issuer, new SplitOptions(), out _);
            return true;
        });
        return issuers.Count;
    }

    /// <summary>
    /// Ingests each filing into <paramref name="bench"/> and, in the same run and alternating which goes first, times the
    /// incremental evaluation of its company against a full recompute of that company; the first <paramref name="warmUp"/> are left out.
    /// </summary>
    public static IncrementalTimings Time(BenchStore bench, IReadOnlyList<Form4Filing> filings, int warmUp)
    {
        var ingest = new List<double>();
        var storing = new List<double>();
        var full = new List<double>();
        var companyRows = new List<double>();
        long differences = 0, changes = 0;
        var watch = new Stopwatch();
        for (var i = 0; i < filings.Count; i++)
        {
            var filing = filings[i];
            double storeMs = 0, ingestMs = 0, fullMs = 0;
            var stored = bench.Database.Filings.OfIssuer(filing.Issuer.Cik).Select(FilingDocuments.Accession).FirstOrDefault();
            var ingested = false;
            foreach (var side in i % 2 == 0 ? new[] { 0, 1 } : [1, 0])
            {
                var company = ingested ? filing.Accession : stored!;
                watch.Restart();
                if (side == 0)
                {
                    // Live ingestion evaluates inside IngestFilings; storing and evaluating are timed apart here through
                    // the deferred path, which runs the same evaluation from the same earliest changed day.
                    bench.Store.IngestFilings([filing], deferSignals: true);
                    storeMs = watch.Elapsed.TotalMilliseconds;
                    watch.Restart();
                    changes += bench.Store.EvaluatePendingSignals().Count;
                    ingestMs = watch.Elapsed.TotalMilliseconds;
                    ingested = true;
                }
                else
                {
                    differences += bench.Store.RefreshSignals([company]).Count;
                    fullMs = watch.Elapsed.TotalMilliseconds;
                }
            }

            if (i < warmUp) continue;
            ingest.Add(ingestMs);
            storing.Add(storeMs + ingestMs);
            full.Add(fullMs);
            companyRows.Add(bench.Store.FindIssuer(filing.Issuer.Cik)?.TradeCount ?? 0);
        }

        return new IncrementalTimings(ingest, storing, full, companyRows, differences, changes);
    }
}
