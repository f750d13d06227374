using System.Diagnostics;
using System.Globalization;
using InsiderBot.Benchmarks.Generation;
using InsiderBot.Benchmarks.Suite;
using InsiderBot.Store;
using LiteDB;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// Import into the store against its floor: the same generated filings go through the import path
/// (<c>InsiderStore.IngestFilings</c> in bulk batches: classification, amendments, signals) into a fresh store, and the
/// documents that store wrote (its company months of trades and of filings, the same BSON) go through LiteDB's own <c>InsertBulk</c> into another
/// fresh file whose indexes are created up front by the same <see cref="StoreDatabase"/>. Rounds alternate the two.
/// </summary>
public sealed class ImportVersusBulk : IBenchmarkScenario
{
    public string Verb => "import-vs-bulk";

    public string Usage => "[--transactions N] [--batch FILINGS] [--rounds N]";

    public IReadOnlyList<string> SuiteArguments => ["--transactions", "200000", "--rounds", "2"];

    public BenchmarkSection Run(BenchmarkArguments arguments)
    {
        var transactions = arguments.Long("--transactions", 200_000);
        var batchSize = (int)arguments.Long("--batch", InsiderStore.BulkBatchSize);
        var rounds = (int)arguments.Long("--rounds", 1);
        Directory.CreateDirectory("benchmarks/data");
        const string dump = "benchmarks/data/import-vs-bulk.bson";
        var ours = new List<Phase>();
        var floor = new List<Phase>();
        for (var round = 0; round < rounds; round++)
        {
            ours.Add(Import(transactions, batchSize, round == 0 ? dump : null));
            floor.Add(Bulk(dump, batchSize));
            Console.Error.WriteLine($"round {round + 1}: import {ours[^1].RowsPerSecond:N0} rows/s, {ours[^1].RowsPerCpuSecond:N0} rows/cpu-s ({ours[^1].PeakRssMb:0} MB); InsertBulk {floor[^1].RowsPerSecond:N0} rows/s, {floor[^1].RowsPerCpuSecond:N0} rows/cpu-s ({floor[^1].PeakRssMb:0} MB)");
        }

        var us = ours.OrderBy(p => p.Seconds).ElementAt(ours.Count / 2);
        var them = floor.OrderBy(p => p.Seconds).ElementAt(floor.Count / 2);
        var ratio = us.RowsPerSecond / them.RowsPerSecond;
        var cpuRatio = us.RowsPerCpuSecond / them.RowsPerCpuSecond;
        var body = string.Create(CultureInfo.InvariantCulture, $$"""
            Input: the seeded synthetic history of {{transactions:N0}} transactions ({{us.Filings:N0}} filings, {{us.Rows:N0}} transaction rows). Our side
            imports them through `InsiderStore.IngestFilings` in batches of {{batchSize:N0}} filings (one LiteDB transaction each: classification,
            amendment ledger, issuer and insider directories, incremental signals) into a fresh store. The floor is LiteDB `InsertBulk`
            (batches of {{batchSize:N0}}) of the very documents that store wrote ({{them.Documents:N0}} company months of trades and of filings, same BSON, read back
            from a dump file) into a fresh file whose indexes `StoreDatabase` created up front. {{rounds}} round(s), alternating; medians.
            Rates are transaction rows per second on both sides; the process's CPU time per phase is given beside the wall time
            because on a shared 2-core machine the wall time mostly measures the other builds (the CPU ratio is the steadier one).

            | what | wall time | rows/s | ratio to floor | CPU time | rows per CPU-second | CPU ratio | peak RSS of the phase | target |
            | --- | --- | --- | --- | --- | --- | --- | --- | --- |
            | LiteDB `InsertBulk` of the same documents (floor) | {{them.Seconds:0.0}} s | {{them.RowsPerSecond:N0}} | 1.00 | {{them.CpuSeconds:0.0}} s | {{them.RowsPerCpuSecond:N0}} | 1.00 | {{them.PeakRssMb:0}} MB | — |
            | import through the store | {{us.Seconds:0.0}} s | {{us.RowsPerSecond:N0}} | {{ratio:0.00}} | {{us.CpuSeconds:0.0}} s | {{us.RowsPerCpuSecond:N0}} | {{cpuRatio:0.00}} | {{us.PeakRssMb:0}} MB | ≥ 0.50 — {{(ratio >= 0.5 ? "met" : "**missed**")}} |

            Rounds (import / floor rows/s): {{string.Join("; ", ours.Zip(floor, (a, b) => $"{a.RowsPerSecond:N0} / {b.RowsPerSecond:N0}"))}}. Machine load average at the end: {{Machine.LoadAverage()}}.
            """);
        return new BenchmarkSection("Import into the store vs LiteDB InsertBulk of the same documents (issues 5 and 9)", arguments.Command(Verb), body);
    }

    private static Phase Import(long transactions, int batchSize, string? dumpTo)
    {
        var history = new SyntheticHistory(HistoryShape.Of(transactions));
        using var bench = new BenchStore("benchmarks/data/import-ours.db", fresh: true);
        GC.Collect();
        Machine.ResetPeakRss();
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long filings = 0, rows = 0;
        foreach (var batch in history.Filings().Chunk(batchSize))
        {
            bench.Store.IngestFilings(batch, deferSignals: true);
            filings += batch.Length;
            rows += batch.Sum(f => f.Transactions.Count);
        }

        bench.Store.EvaluatePendingSignals();
        bench.Database.Database.Checkpoint();
        var phase = new Phase(watch.Elapsed.TotalSeconds, CpuSince(cpu), filings, rows, 0, Machine.PeakRssMb());
        if (dumpTo is not null) Dump(bench.Database, dumpTo);
        return phase;
    }

    // Length-prefixed BSON of every company month of trades and of filings, in _id order.
    private static void Dump(StoreDatabase database, string path)
    {
        using var file = new BinaryWriter(File.Create(path));
        foreach (var (name, collection) in new[] { ("trades", database.TradeMonths), ("filings", database.FilingMonths) })
        {
            foreach (var doc in collection.FindAll())
            {
                var bytes = BsonSerializer.Serialize(doc);
                file.Write(name == "trades");
                file.Write(bytes.Length);
                file.Write(bytes);
            }
        }
    }

    private static Phase Bulk(string dump, int batchSize)
    {
        var path = "benchmarks/data/import-floor.db";
        if (File.Exists(path)) File.Delete(path);
        using var database = new StoreDatabase(Microsoft.Extensions.Options.Options.Create(new StoreOptions { Path = path, SeedSampleData = false }));
        GC.Collect();
        Machine.ResetPeakRss();
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long rows = 0, documents = 0;
        using var file = new BinaryReader(File.OpenRead(dump));
        var trades = new List<BsonDocument>(batchSize);
        var filings = new List<BsonDocument>(batchSize);
        while (file.BaseStream.Position < file.BaseStream.Length)
        {
            var isTrade = file.ReadBoolean();
            var doc = BsonSerializer.Deserialize(file.ReadBytes(file.ReadInt32()));
            (isTrade ? trades : filings).Add(doc);
            documents++;
            if (isTrade) rows += TradeMonthDocuments.CountOf(doc);
            if (trades.Count >= batchSize) Flush(database.TradeMonths, trades);
            if (filings.Count >= batchSize) Flush(database.FilingMonths, filings);
        }

        Flush(database.TradeMonths, trades);
        Flush(database.FilingMonths, filings);
        database.Database.Checkpoint();
        return new Phase(watch.Elapsed.TotalSeconds, CpuSince(cpu), 0, rows, documents, Machine.PeakRssMb());
    }

    private static void Flush(ILiteCollection<BsonDocument> collection, List<BsonDocument> documents)
    {
        if (documents.Count == 0) return;
        collection.InsertBulk(documents, documents.Count);
        documents.Clear();
    }

    private static double CpuSince(TimeSpan start) => (Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds;


    private sealed record Phase(double Seconds, double CpuSeconds, long Filings, long Rows, long Documents, double PeakRssMb)
    {
        public double RowsPerSecond => Rows / Seconds;

        public double RowsPerCpuSecond => Rows / CpuSeconds;
    }
}
