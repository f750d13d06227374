using InsiderBot.Benchmarks.Scenarios;

namespace InsiderBot.Benchmarks.Suite;

/// <summary>Every scenario, in the order `all` runs them and the document lists them. One line each.</summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<IBenchmarkScenario> All { get; } =
    [
        new ParseVersusXmlReader(),
        new MicroBenchmarks(),
        new IngestProfile(),
        new ImportVersusBulk(),
        new QuarterImport(),
        new BuildStore(),
        new InsidersQuery(),
        new IncrementalSignals(),
        new HistoryImport(),
        new StoreFloor(),
        new FilingToAlert(),
        new HistoryBootstrapRun(),
        new DiscordHttp(),
        new SlackHttp(),
    ];
}
