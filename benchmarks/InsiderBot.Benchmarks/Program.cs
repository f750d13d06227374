using System.Diagnostics;
using InsiderBot.Benchmarks.Suite;

var verb = args.Length > 0 ? args[0] : "help";
var options = new BenchmarkArguments(args.Skip(1).ToArray());
if (verb == "all")
{
    // --long: also the scenarios that take hours; without it their sections are kept from the current document.
    const string document = "docs/BENCHMARKS.md", notes = "benchmarks/InsiderBot.Benchmarks/Notes";
    var previous = File.Exists(document) ? File.ReadAllText(document) : "";
    var watch = Stopwatch.StartNew();
    var sections = new List<string>();
    var kept = new List<string>();
    foreach (var scenario in ScenarioCatalog.All)
    {
        var suiteArguments = new BenchmarkArguments(scenario.SuiteArguments);
        if (!scenario.InDefaultSuite && !options.Flag("--long"))
        {
            Console.Error.WriteLine($"== {scenario.Verb}: hours long, not run without --long; its section is kept");
            kept.Add(scenario.Verb);
            sections.Add(BenchmarksDocument.Previous(previous, scenario.Verb) ?? BenchmarksDocument.RenderSection(scenario,
                new BenchmarkSection($"{scenario.Verb}: not measured yet", suiteArguments.Command(scenario.Verb), $"Run `{suiteArguments.Command(scenario.Verb)} --update-doc` (hours long) or `all --long`."), notes));
            continue;
        }

        Console.Error.WriteLine($"== {scenario.Verb} {string.Join(' ', scenario.SuiteArguments)}");
        BenchmarkSection section;
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
        sections.Add(BenchmarksDocument.RenderSection(scenario, section, notes));
    }

    File.WriteAllText(document, BenchmarksDocument.Render(sections, watch.Elapsed, kept));
    Console.Error.WriteLine("docs/BENCHMARKS.md rewritten");
    return 0;
}

var chosen = ScenarioCatalog.All.FirstOrDefault(s => s.Verb == verb);
if (chosen is null)
{
    Console.WriteLine("Run from the repository root. Verbs:");
    Console.WriteLine("  all [--long]   run every scenario with the suite's arguments and rewrite docs/BENCHMARKS.md (--long: also the hours-long ones)");
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
