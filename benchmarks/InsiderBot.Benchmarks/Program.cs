using System.Diagnostics;
using InsiderBot.Benchmarks.Suite;

var verb = args.Length > 0 ? args[0] : "help";
var options = new BenchmarkArguments(args.Skip(1).ToArray());
if (verb == "all")
{
    var watch = Stopwatch.StartNew();
    var sections = new List<(IBenchmarkScenario, BenchmarkSection)>();
    foreach (var scenario in ScenarioCatalog.All)
    {
        Console.Error.WriteLine($"== {scenario.Verb} {string.Join(' ', scenario.SuiteArguments)}");
        BenchmarkSection section;
        var suiteArguments = new BenchmarkArguments(scenario.SuiteArguments);
        try
        {
            section = scenario.Run(suiteArguments);
        }
        catch (Exception ex)
        {
            // One broken scenario must not cost the figures of the others: the document says what failed.
            Console.Error.WriteLine(ex);
            section = new BenchmarkSection($"{scenario.Verb}: failed", suiteArguments.Command(scenario.Verb), $"This run failed: `{ex.GetType().Name}: {ex.Message}`.");
        }

        Console.WriteLine(section.Body);
        sections.Add((scenario, section));
    }

    File.WriteAllText("docs/BENCHMARKS.md", BenchmarksDocument.Render(sections, watch.Elapsed, "benchmarks/InsiderBot.Benchmarks/Notes"));
    Console.Error.WriteLine("docs/BENCHMARKS.md rewritten");
    return 0;
}

var chosen = ScenarioCatalog.All.FirstOrDefault(s => s.Verb == verb);
if (chosen is null)
{
    Console.WriteLine("Run from the repository root. Verbs:");
    Console.WriteLine("  all   run every scenario with the suite's arguments and rewrite docs/BENCHMARKS.md");
    foreach (var scenario in ScenarioCatalog.All) Console.WriteLine($"  {scenario.Verb} {scenario.Usage}");
    return verb == "help" ? 0 : 1;
}

// --update-doc: replace this scenario's section of docs/BENCHMARKS.md with the new figures (the rest is kept).
var updateDoc = options.Flag("--update-doc");
if (updateDoc) options = new BenchmarkArguments(options.Raw.Where(a => a != "--update-doc").ToArray());
var result = chosen.Run(options);
if (updateDoc)
{
    var document = File.ReadAllText("docs/BENCHMARKS.md");
    File.WriteAllText("docs/BENCHMARKS.md", BenchmarksDocument.Replace(document, chosen, result, "benchmarks/InsiderBot.Benchmarks/Notes"));
    Console.Error.WriteLine($"docs/BENCHMARKS.md: section '{result.Title}' replaced");
}

Console.WriteLine($"## {result.Title}\n\nReproduce: `{result.Reproduce}`\n\n{result.Body}");
return 0;
