using System.Diagnostics;
using System.Globalization;
using System.Text;
using JsonSerializer = System.Text.Json.JsonSerializer;
using InsiderBot.Benchmarks.Generation;
using InsiderBot.Benchmarks.Stores;
using InsiderBot.Benchmarks.Suite;
using InsiderBot.Edgar.DataSets;
using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Store;
using LiteDB;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// What LiteDB alone costs for the whole-history import (issue 18): the history-import's data sets, classified from the
/// filing alone (no store reads), written as the product's own trade and filing documents with nothing else around them
/// (no duplicate check, amendments, ledgers, split facts or signals), 500 filings a transaction. Only the time inside
/// LiteDB is counted, so the rate is a ceiling the full import cannot pass and the size a floor it cannot go under.
/// Four layouts, each in a fresh child process: one document per trade (layout 2: <c>_id</c>, <c>ik</c>, <c>ok</c>)
/// and per-company month buckets (<see cref="MonthBuckets"/>), with the product's filing documents; and month buckets with
/// compact filing documents (<see cref="CompactFilings"/>), appended to per batch or, as a bulk import that sorts a
/// quarter by company first would, written once a quarter. Two more runs split the last of these in its halves, the
/// buckets alone and the compact filings alone, to show which of them slows as the store grows; and two put the filings
/// in buckets too (<see cref="FilingBuckets"/>, no filing index), alone and beside the quarter's trade buckets: layout 3.
/// </summary>
public sealed class StoreFloor : IBenchmarkScenario
{
    private const string Folder = "benchmarks/data/history";
    private const int TargetRowsPerSecond = 8_889;
    private static readonly string[] Layouts = ["trades", "months", "compact", "quarter", "buckets-alone", "filings-alone", "filings-in-buckets", "layout-3"];

    // The quarter layout writes its buckets when a quarter is read, this many a transaction.
    private const int BucketsPerTransaction = 2_000;

    public string Verb => "store-floor";

    public string Usage => "[--years N] [--per-quarter N] [--batch B]   reuses or generates benchmarks/data/history/ (as history-import)";

    public IReadOnlyList<string> SuiteArguments => ["--years", "2", "--per-quarter", HistoryShape.RealQuarter.ToString(CultureInfo.InvariantCulture)];

    public bool InDefaultSuite => false;

    public BenchmarkSection Run(BenchmarkArguments arguments)
    {
        var shape = HistoryShape.Quarterly(arguments.Long("--per-quarter", HistoryShape.RealQuarter), (int)arguments.Long("--years", 2));
        var data = QuarterlyDataSets.Ensure(Folder, shape);
        var batch = (int)arguments.Long("--batch", InsiderStore.BulkBatchSize);
        if (arguments.Text("--layout") is { } layout)
        {
            var output = arguments.Text("--out") ?? throw new InvalidOperationException("a child run needs --out FILE");
            File.WriteAllText(output, JsonSerializer.Serialize(Write(data, layout, batch)));
            return new BenchmarkSection("child process", "", "");
        }

        var runs = new List<FloorRun>();
        foreach (var name in Layouts)
        {
            var output = Path.Combine(StoreBuilder.Folder, $"store-floor-{name}.json");
            File.Delete(output);
            var exit = SelfProcess.Run([Verb, .. arguments.Raw, "--layout", name, "--out", output], new Dictionary<string, string> { ["DOTNET_gcConcurrent"] = "1" });
            if (exit != 0 || !File.Exists(output)) throw new InvalidOperationException($"the {name} run failed (exit {exit})");
            runs.Add(JsonSerializer.Deserialize<FloorRun>(File.ReadAllText(output))!);
        }

        return new BenchmarkSection("What LiteDB alone costs the whole-history import: one document per trade against month buckets (issue 18)",
            arguments.Command(Verb), Report(arguments, data, batch, runs));
    }

    private static FloorRun Write(HistoryDataSets data, string layout, int batchSize)
    {
        var path = Path.Combine(StoreBuilder.Folder, $"store-floor-{layout}.db");
        File.Delete(path);
        File.Delete(Path.ChangeExtension(path, null) + "-log.db");
        var classifier = new TransactionClassifier();
        var wall = Stopwatch.StartNew();
        var inStore = new Stopwatch();
        var marks = new List<(long Rows, double Seconds)>();
        var quarters = new List<ImportTenth>();
        long rows = 0, filings = 0;
        using (var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
        {
            var filingDocuments = database.GetCollection("filings");
            filingDocuments.EnsureIndex("iss", "$.iss");
            filingDocuments.EnsureIndex("rep", "$.rep");
            var trades = database.GetCollection("trades");
            var months = database.GetCollection(MonthBuckets.Collection);
            if (layout == "trades")
            {
                trades.EnsureIndex("ik", "$.ik");
                trades.EnsureIndex("ok", "$.ok");
            }
            else if (layout is "months" or "compact" or "quarter" or "buckets-alone" or "layout-3")
            {
                MonthBuckets.Prepare(database);
            }
            else if (layout is not ("filings-alone" or "filings-in-buckets"))
            {
                throw new InvalidOperationException($"unknown layout {layout}: one of {string.Join(", ", Layouts)}");
            }

            var bucketedFilings = layout is "filings-in-buckets" or "layout-3";
            var writesFilings = layout != "buckets-alone" && !bucketedFilings;
            var bucketsByQuarter = layout is "quarter" or "buckets-alone" or "layout-3";
            var filingBuckets = database.GetCollection(FilingBuckets.Collection);

            var batch = new List<(BsonDocument Filing, List<BsonDocument> Trades)>(batchSize);
            var quarterBuckets = new PendingBuckets();
            var quarterFilings = new FilingBuckets();
            void Flush()
            {
                if (batch.Count == 0) return;
                inStore.Start();
                database.BeginTrans();
                if (layout == "trades")
                {
                    foreach (var (_, tradeDocuments) in batch)
                    {
                        if (tradeDocuments.Count > 0) trades.InsertBulk(tradeDocuments);
                    }
                }
                else if (bucketsByQuarter)
                {
                    inStore.Stop();
                    quarterBuckets.Add(batch.SelectMany(b => b.Trades));
                    inStore.Start();
                }
                else if (layout is "months" or "compact")
                {
                    MonthBuckets.Write(months, batch.SelectMany(b => b.Trades));
                }

                if (writesFilings)
                {
                    foreach (var (filing, _) in batch) filingDocuments.Insert(filing);
                }
                else if (bucketedFilings)
                {
                    inStore.Stop();
                    quarterFilings.Add(batch.Select(b => b.Filing));
                    inStore.Start();
                }

                database.Commit();
                inStore.Stop();
                rows += batch.Sum(b => b.Trades.Count);
                filings += batch.Count;
                marks.Add((rows, inStore.Elapsed.TotalSeconds));
                batch.Clear();
            }

            // The quarter layout's buckets, once the quarter is read: a bulk import that sorts by company and month first.
            void WriteQuarter()
            {
                Flush();
                inStore.Start();
                while (quarterBuckets.Count > 0)
                {
                    database.BeginTrans();
                    quarterBuckets.WriteTo(months, BucketsPerTransaction);
                    database.Commit();
                }

                while (quarterFilings.Count > 0)
                {
                    database.BeginTrans();
                    quarterFilings.WriteTo(filingBuckets, BucketsPerTransaction);
                    database.Commit();
                }

                inStore.Stop();
                if (marks.Count > 0) marks[^1] = (rows, inStore.Elapsed.TotalSeconds);
            }

            var (quarterStartRows, quarterStartSeconds) = (0L, 0.0);
            foreach (var quarter in data.Quarters)
            {
                using var source = DataSetSource.TryOpen(quarter.Path) ?? throw new InvalidOperationException($"{quarter.Path}: no data set");
                foreach (var filing in new DataSetReader(source).Filings().Select(e => e.Filing).OfType<Form4Filing>())
                {
                    var ticker = TickerSymbol.FromFiling(filing.Issuer.TradingSymbol).FirstOrDefault() ?? "";
                    var stored = StoredTrades.Of(filing, classifier.Classify(filing, ClassificationContext.FilingOnly), ticker, filing.FiledOn ?? DateOnly.MinValue);
                    var filingDocument = FilingDocuments.ToDocument(filing, ticker, stored.Select(t => t.Id));
                    batch.Add((layout is "compact" or "quarter" or "filings-alone" ? CompactFilings.Of(filingDocument) : filingDocument, stored.Select(t => TradeDocuments.ToDocument(t)).ToList()));
                    if (batch.Count == batchSize) Flush();
                }

                WriteQuarter();
                quarters.Add(new ImportTenth(rows - quarterStartRows, inStore.Elapsed.TotalSeconds - quarterStartSeconds));
                (quarterStartRows, quarterStartSeconds) = (rows, inStore.Elapsed.TotalSeconds);
            }

            Flush();
        }

        var bytes = new FileInfo(path).Length;
        using var reopened = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        var documents = reopened.GetCollection(layout switch { "trades" => "trades", "filings-alone" => "filings", "filings-in-buckets" => FilingBuckets.Collection, _ => MonthBuckets.Collection }).LongCount();
        return new FloorRun(layout, rows, filings, documents, inStore.Elapsed.TotalSeconds, wall.Elapsed.TotalSeconds, Machine.PeakRssMb(), bytes,
            Tenths(marks), PageBreakdown.Of(reopened), quarters);
    }

    // The LiteDB seconds each tenth of the rows took, read off the batch marks.
    private static List<ImportTenth> Tenths(List<(long Rows, double Seconds)> marks)
    {
        var total = marks[^1].Rows;
        var tenths = new List<ImportTenth>();
        double startRows = 0, startSeconds = 0;
        for (var k = 1; k <= 10; k++)
        {
            var end = marks.First(m => m.Rows >= total * k / 10.0);
            tenths.Add(new ImportTenth(end.Rows - startRows, end.Seconds - startSeconds));
            (startRows, startSeconds) = (end.Rows, end.Seconds);
        }

        return tenths;
    }

    private static string Report(BenchmarkArguments arguments, HistoryDataSets data, int batch, IReadOnlyList<FloorRun> runs)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"""
            Machine: {Machine.Describe()}; load average at the end {Machine.LoadAverage()}.

            Input: the history-import data sets ({string.Join(' ', arguments.Raw)}): {data.Quarters.Count} quarters, {data.Filings:N0} Form 4s,
            {data.Transactions:N0} transactions, {data.Bytes / 1048576.0:N0} MB of TSV. Each filing is classified from itself alone and
            written as the product builds its documents (`StoredTrades`, `TradeDocuments`, `FilingDocuments`), {batch} filings a
            transaction, into a fresh LiteDB file in a fresh child process (workstation concurrent GC, as the product host).
            Rows/s count only the time inside LiteDB (inserts, bucket reads and rewrites, commits): no read-back, ledger,
            split fact or signal of the real import. The target rate is the issue's 16,000,000 rows in 30 minutes.

            | layout | documents | rows/s in LiteDB | last tenth vs first | last quarter vs first | store vs TSV | bytes a row | wall (with parsing and classifying) | peak RSS |
            | --- | --- | --- | --- | --- | --- | --- | --- | --- |
            """);
        foreach (var run in runs)
        {
            var last = run.Tenths[^1].RowsPerSecond / run.Tenths[0].RowsPerSecond;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {Describe(run.Layout)} | {run.Documents:N0} | {run.Rows / run.StoreSeconds:N0} ({(run.Rows / run.StoreSeconds >= TargetRowsPerSecond ? "above" : "below")} {TargetRowsPerSecond:N0}) | {last * 100:0}% | {run.Quarters[^1].RowsPerSecond / run.Quarters[0].RowsPerSecond * 100:0}% | {(double)run.StoreBytes / data.Bytes:0.00}× ({run.StoreBytes / 1048576.0:N0} MB) | {run.StoreBytes / (double)run.Rows:N0} | {run.WallSeconds:N0} s | {run.PeakRssMb:N0} MB |");
        }

        text.AppendLine("\nRows/s inside LiteDB per tenth of the rows:\n");
        text.AppendLine($"| tenth | {string.Join(" | ", runs.Select(r => r.Layout))} |");
        text.AppendLine($"| --- |{string.Concat(runs.Select(_ => " --- |"))}");
        for (var k = 0; k < 10; k++)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {k + 1} | {string.Join(" | ", runs.Select(r => r.Tenths[k].RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture)))} |");
        text.AppendLine("\nRows/s inside LiteDB per quarter (the layouts that write their buckets once a quarter do all of it at the quarter's end, so their tenths are lumpy; their quarters are not):\n");
        text.AppendLine($"| quarter | {string.Join(" | ", runs.Select(r => r.Layout))} |");
        text.AppendLine($"| --- |{string.Concat(runs.Select(_ => " --- |"))}");
        for (var q = 0; q < runs[0].Quarters.Count; q++)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {q + 1} | {string.Join(" | ", runs.Select(r => r.Quarters[q].RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture)))} |");
        foreach (var run in runs)
            text.AppendLine(CultureInfo.InvariantCulture, $"\nWhere the {run.Layout} store's bytes go (`$dump`, 8 KB pages):\n\n{run.Pages}");
        return text.ToString();
    }

    private static string Describe(string layout) => layout switch
    {
        "trades" => "a document per trade (layout 2)",
        "months" => "a document per company and month",
        "compact" => "a document per company and month, compact filing documents",
        "quarter" => "as compact, each bucket written once a quarter",
        "buckets-alone" => "the quarter layout's buckets alone, no filing documents",
        "filings-alone" => "the compact filing documents alone, no trades",
        "filings-in-buckets" => "the compact filings alone, in buckets per company and month of the period, written once a quarter, no index",
        "layout-3" => "the quarter layout's buckets with the filings in buckets (no filing index)",
        _ => layout,
    };
}
