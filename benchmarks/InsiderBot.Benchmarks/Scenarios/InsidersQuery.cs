using System.Globalization;
using InsiderBot.Benchmarks.Stores;
using InsiderBot.Benchmarks.Suite;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// <c>/insiders TICKER</c> on the big store against the bare indexed LiteDB query for the same rows, and the RSS of a
/// process serving the store. The store is built (or reused) here; the measuring runs in a fresh child process
/// (<see cref="InsidersQueryServe"/>) so the cold start and the peak RSS are the serving process's own.
/// </summary>
public sealed class InsidersQuery : IBenchmarkScenario
{
    public string Verb => "insiders-query";

    public string Usage => "[--transactions N] [--tickers K] [--rounds R] [--days D] [--answer-only]";

    public IReadOnlyList<string> SuiteArguments => ["--transactions", BuildStore.SuiteTransactions.ToString(CultureInfo.InvariantCulture), "--tickers", "300", "--rounds", "5"];

    public BenchmarkSection Run(BenchmarkArguments arguments)
    {
        if (arguments.Flag("--serve")) return new BenchmarkSection("serving process", "", InsidersQueryServe.Measure(arguments));

        var transactions = arguments.Long("--transactions", BuildStore.SuiteTransactions);
        var built = StoreBuilder.Ensure(transactions);
        var output = Path.Combine(StoreBuilder.Folder, $"insiders-query-{transactions}.md");
        File.Delete(output);
        var exit = SelfProcess.Run([Verb, "--serve", .. arguments.Raw, "--out", output]);
        var body = exit == 0 && File.Exists(output) ? File.ReadAllText(output) : $"**The serving process failed (exit {exit}); no figures.**";
        var store = string.Create(CultureInfo.InvariantCulture, $"Store: `{built.Path}`, {built.Rows:N0} rows in {built.Filings:N0} filings ({built.StoreBytes / 1048576.0:N0} MB).");
        return new BenchmarkSection("`/insiders TICKER` vs the bare indexed query, and RSS serving the store (issue 9)", arguments.Command(Verb), store + "\n\n" + body);
    }
}
