using System.Diagnostics;
using System.Globalization;
using InsiderBot.Benchmarks.Suite;
using System.Xml;
using InsiderBot.Filings;
using InsiderBot.Insights;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// Parse + classify every bundled real Form 4 against the floor: a bare <see cref="XmlReader"/> pass over the same
/// bytes that reads every node and materialises every text value (what any parser must at least do). Rounds alternate
/// between the two so machine noise hits both; the medians are compared.
/// </summary>
public sealed class ParseVersusXmlReader : IBenchmarkScenario
{
    private const string SampleFolder = "src/InsiderBot/SampleData/form4";

    private static readonly XmlReaderSettings Bare = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    public string Verb => "parse";

    public string Usage => "[--rounds N]";

    public IReadOnlyList<string> SuiteArguments => ["--rounds", "80"];

    public BenchmarkSection Run(BenchmarkArguments arguments)
    {
        var (parseMs, hashedMs, floorMs, files, bytes) = Measure(SampleFolder, (int)arguments.Long("--rounds", 30));
        var ratio = parseMs / floorMs;
        var body = string.Create(CultureInfo.InvariantCulture, $$"""
            Input: the {{files}} real Form 4 files bundled in `{{SampleFolder}}` ({{bytes / 1048576.0:0.0}} MB). The floor reads every node of
            the same bytes with `XmlReader` (DTD prohibited, comments and whitespace ignored) and materialises every text value;
            the measured side is `Form4Parser.Parse` + `TransactionClassifier.Classify` (filing-only context) with the accession
            known from outside the XML, as it is on every production path (the live feed's URL, the SGML header of an EDGAR `.txt`,
            a data set's ACCESSION_NUMBER). A bare XML file imported from disk has no accession in it, so the parser also hashes
            the content (SHA-256) to identify it: that path is the second row. Rounds rotate between the three; medians after
            3 warm-up rounds.

            | what | median per pass over {{files}} files | ratio to floor | target |
            | --- | --- | --- | --- |
            | bare `XmlReader` pass (floor) | {{floorMs:0.0}} ms | 1.00× | — |
            | parse + classify, accession known | {{parseMs:0.0}} ms | {{ratio:0.00}}× | ≤ 1.5× — {{(ratio <= 1.5 ? "met" : "**missed**")}} |
            | parse + classify, bare file (content hashed for its identity) | {{hashedMs:0.0}} ms | {{hashedMs / floorMs:0.00}}× | — |
            """);
        return new BenchmarkSection("Parse + classify a Form 4 vs a bare XmlReader pass (issues 3 and 9)", arguments.Command(Verb), body);
    }

    public static (double ParseMs, double HashedMs, double FloorMs, int Files, long Bytes) Measure(string sampleFolder, int rounds)
    {
        var files = Directory.EnumerateFiles(sampleFolder, "*.xml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var parser = new Form4Parser();
        var classifier = new TransactionClassifier();
        var known = files.Select((_, i) => new FilingOrigin("bench.xml", $"0000000000-26-{i:000000}")).ToList();
        var bare = new FilingOrigin("bench.xml");
        var parse = new List<double>();
        var hashed = new List<double>();
        var floor = new List<double>();
        long sink = 0;
        for (var round = -3; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var bytes in files) sink += Floor(bytes);
            var floorMs = watch.Elapsed.TotalMilliseconds;

            watch.Restart();
            for (var i = 0; i < files.Count; i++) sink += ParseAndClassify(parser, classifier, files[i], known[i]);
            var parseMs = watch.Elapsed.TotalMilliseconds;

            watch.Restart();
            foreach (var bytes in files) sink += ParseAndClassify(parser, classifier, bytes, bare);
            var hashedMs = watch.Elapsed.TotalMilliseconds;
            if (round < 0) continue; // warm-up
            floor.Add(floorMs);
            parse.Add(parseMs);
            hashed.Add(hashedMs);
        }

        GC.KeepAlive(sink);
        return (Median(parse), Median(hashed), Median(floor), files.Count, files.Sum(f => (long)f.Length));
    }

    private static int ParseAndClassify(Form4Parser parser, TransactionClassifier classifier, byte[] bytes, FilingOrigin origin)
    {
        var outcome = parser.Parse(bytes, origin);
        return outcome.Filing is { } filing ? classifier.Classify(filing, ClassificationContext.FilingOnly).Count : 0;
    }

    private static long Floor(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, Bare);
        long n = 0;
        while (reader.Read())
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA) n += reader.Value.Length;
            else if (reader.NodeType == XmlNodeType.Element && reader.HasAttributes) n += reader.GetAttribute(0).Length;
        }

        return n;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
