namespace InsiderBot.Benchmarks.Suite;

/// <summary>One measured row group of docs/BENCHMARKS.md: a verb to run it alone, and the arguments `all` uses.</summary>
public interface IBenchmarkScenario
{
    /// <summary>The command-line verb, e.g. <c>parse</c>.</summary>
    string Verb { get; }

    /// <summary>Options the verb takes, e.g. <c>[--rounds N]</c>.</summary>
    string Usage { get; }

    /// <summary>The arguments `all` runs it with (the figures in the document come from these).</summary>
    IReadOnlyList<string> SuiteArguments { get; }

    /// <summary>
    /// False for a scenario that takes hours at its suite arguments: `all` runs it only when given <c>--long</c> and otherwise
    /// keeps its section from the current document (written by the scenario's own <c>--update-doc</c> run).
    /// </summary>
    bool InDefaultSuite => true;

    /// <summary>Runs the scenario and returns its section of the document.</summary>
    BenchmarkSection Run(BenchmarkArguments arguments);
}
