using System.Diagnostics;
using System.Globalization;
using InsiderBot.Benchmarks.Generation;
using InsiderBot.Benchmarks.Scenarios;

var verb = args.Length > 0 ? args[0] : "help";
var transactions = Option("--transactions", 1_000_000);
switch (verb)
{
    case "profile-ingest":
        ProfileIngest(transactions);
        break;
    case "parse":
        var (parseMs, floorMs, files, bytes) = ParseVersusXmlReader.Run("src/InsiderBot/SampleData/form4", (int)Option("--rounds", 30));
        Console.WriteLine($"{files} real Form 4 files, {bytes / 1024} KiB: parse + classify {parseMs:0.0} ms, bare XmlReader pass {floorMs:0.0} ms, ratio {parseMs / floorMs:0.00}x (median of rounds)");
        break;
    default:
        Console.WriteLine("verbs: profile-ingest --transactions N | parse [--rounds N]  (run from the repository root)");
        break;
}

long Option(string name, long fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? long.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static void ProfileIngest(long transactions)
{
    var history = new SyntheticHistory(HistoryShape.Of(transactions));
    Directory.CreateDirectory("benchmarks/data");
    using var bench = new BenchStore("benchmarks/data/profile.db", fresh: true);
    var watch = Stopwatch.StartNew();
    long filings = 0, rows = 0;
    var lap = Stopwatch.StartNew();
    foreach (var batch in history.Filings().Chunk(200))
    {
        bench.Store.IngestFilings(batch);
        filings += batch.Length;
        rows += batch.Sum(f => f.Transactions.Count);
        if (filings % 5_000 < 200)
        {
            Console.WriteLine($"{filings,8} filings {rows,9} rows  {lap.Elapsed.TotalMilliseconds / 5_000:0.00} ms/filing  last {batch[^1].FiledOn}  rss {Machine.PeakRssMb():0} MB");
            lap.Restart();
        }
    }

    Console.WriteLine($"{filings} filings, {rows} rows in {watch.Elapsed.TotalSeconds:0.0} s ({rows / watch.Elapsed.TotalSeconds:0} rows/s)");
    var check = Stopwatch.StartNew();
    var differences = bench.Store.RecomputeSignals();
    Console.WriteLine($"full recompute after incremental ingest: {differences.Count} differences ({bench.Store.AllSignals().Count} signals, {check.Elapsed.TotalSeconds:0.0} s)");
}
