using System.Diagnostics;
using System.Globalization;
using InsiderBot.Benchmarks.Generation;
using InsiderBot.Benchmarks.Scenarios;

namespace InsiderBot.Benchmarks.Stores;

/// <summary>
/// Builds <c>benchmarks/data/store-{N}.db</c> from the seeded synthetic history through the store's public ingest API
/// (<c>InsiderStore.IngestFilings</c> in bulk batches with deferred signals, then <c>EvaluatePendingSignals</c>, as the
/// import verb and the data sets do) and the same rows as TSV beside it. A file that
/// carries the completion marker of this generator's revision is reused; anything else (an interrupted build, or a
/// store of data an earlier generator wrote) is deleted and rebuilt.
/// </summary>
public static class StoreBuilder
{
    public const string Folder = "benchmarks/data";
    private const string CompleteKey = "bench-complete";
    public const int DefaultBatch = InsiderBot.Store.InsiderStore.BulkBatchSize;

    public static string PathFor(long transactions) => System.IO.Path.Combine(Folder, $"store-{transactions}.db");

    public static BuiltStore Ensure(long transactions, int batchSize = DefaultBatch)
    {
        var path = PathFor(transactions);
        var tsv = System.IO.Path.ChangeExtension(path, ".tsv");
        if (File.Exists(path))
        {
            string? marker;
            using (var existing = new BenchStore(path, fresh: false)) marker = existing.Store.GetMeta(CompleteKey);
            if (marker is not null && Parse(marker, path, tsv, transactions) is { } reused && reused.TsvBytes == long.Parse(marker.Split(' ')[4], CultureInfo.InvariantCulture))
                return reused;
            Console.Error.WriteLine($"{path}: no completion marker of this generator (an interrupted build, or an earlier generator's data); rebuilding");
        }

        return Build(transactions, batchSize, path, tsv);
    }

    private static BuiltStore Build(long transactions, int batchSize, string path, string tsvPath)
    {
        Directory.CreateDirectory(Folder);
        foreach (var stale in new[] { path, System.IO.Path.ChangeExtension(path, null) + "-log.db", tsvPath }) File.Delete(stale);
        Machine.ResetPeakRss();
        var watch = Stopwatch.StartNew();
        var history = new SyntheticHistory(HistoryShape.Of(transactions));
        long filings = 0, rows = 0;
        using (var bench = new BenchStore(path, fresh: true))
        using (var tsv = new TransactionTsv(tsvPath))
        {
            bench.Store.EnsureSignals(); // an empty store: marks signals as computed, as the bot does before its first import
            var progress = new Progress($"build-store {transactions}");
            foreach (var batch in history.Filings().Chunk(batchSize))
            {
                bench.Store.IngestFilings(batch, deferSignals: true);
                foreach (var filing in batch) tsv.Write(filing);
                filings += batch.Length;
                rows += batch.Sum(f => f.Transactions.Count);
                progress.Report(rows, "rows", $"{filings:N0} filings, last {batch[^1].FiledOn}");
            }

            tsv.Dispose();
            var ingestSeconds = watch.Elapsed.TotalSeconds;
            progress.Done(rows, "rows");
            var signalsProgress = new Progress($"build-store {transactions} signals");
            long companies = 0, signals = 0;
            bench.Store.EvaluatePendingSignals((evaluated, changes) =>
            {
                companies += evaluated;
                signals += changes.Count;
                signalsProgress.Report(companies, "companies", $"{signals:N0} signals");
            });
            signalsProgress.Done(companies, "companies");
            var seconds = watch.Elapsed.TotalSeconds;
            var tsvBytes = new FileInfo(tsvPath).Length;
            bench.Store.SetMeta(CompleteKey, string.Create(CultureInfo.InvariantCulture,
                $"{filings} {rows} {seconds:0.0} {Machine.PeakRssMb():0} {tsvBytes} {batchSize} {ingestSeconds:0.0} {signals} {FilingShapes.Revision}"));
        }

        var marker = new BenchStore(path, fresh: false);
        using (marker) return Parse(marker.Store.GetMeta(CompleteKey)!, path, tsvPath, transactions)! with { Reused = false };
    }

    private static BuiltStore? Parse(string marker, string path, string tsv, long transactions)
    {
        var parts = marker.Split(' ');
        if (parts.Length != 9 || parts[8] != FilingShapes.Revision.ToString(CultureInfo.InvariantCulture)) return null;
        return new BuiltStore(path, tsv, transactions,
            long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture),
            double.Parse(parts[2], CultureInfo.InvariantCulture), double.Parse(parts[3], CultureInfo.InvariantCulture),
            int.Parse(parts[5], CultureInfo.InvariantCulture), Reused: true)
        {
            IngestSeconds = double.Parse(parts[6], CultureInfo.InvariantCulture),
            Signals = long.Parse(parts[7], CultureInfo.InvariantCulture),
        };
    }
}
