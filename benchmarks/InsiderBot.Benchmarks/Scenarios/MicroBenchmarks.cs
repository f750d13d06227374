using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using InsiderBot.Benchmarks.Micro;
using InsiderBot.Benchmarks.Suite;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>BenchmarkDotNet over <see cref="HotPaths"/>, in process (the benchmarks run from the repository root).</summary>
public sealed class MicroBenchmarks : IBenchmarkScenario
{
    public string Verb => "micro";

    public string Usage => "[--iterations N]";

    public IReadOnlyList<string> SuiteArguments => ["--iterations", "15"];

    public BenchmarkSection Run(BenchmarkArguments arguments)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(3)
            .WithIterationCount((int)arguments.Long("--iterations", 15));
        var config = ManualConfig.CreateMinimumViable().AddJob(job).AddLogger(NullLogger.Instance).WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<HotPaths>(config);

        var body = new StringBuilder();
        body.AppendLine("BenchmarkDotNet 0.15.8, in-process emit toolchain, 3 warm-up and " + arguments.Long("--iterations", 15).ToString(CultureInfo.InvariantCulture) +
            " measured iterations per benchmark. Setup seeds a real LiteDB store with the 437 bundled Form 4 files; the chart draws");
        body.AppendLine("TSLA's whole stored history (the busiest sample company) with its signals; the parse reads the largest bundled filing.");
        body.AppendLine();
        body.AppendLine("| benchmark | mean | median | std dev | allocated per call |");
        body.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var report in summary.Reports)
        {
            var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            if (report.ResultStatistics is not { } stats)
            {
                body.AppendLine(CultureInfo.InvariantCulture, $"| `{name}` | failed: see the console output | | | |");
                continue;
            }

            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            body.AppendLine(CultureInfo.InvariantCulture,
                $"| `{name}` | {Time(stats.Mean)} | {Time(stats.Median)} | {Time(stats.StandardDeviation)} | {(allocated is { } bytes ? Bytes(bytes) : "?")} |");
        }

        return new BenchmarkSection("Micro-benchmarks of the per-answer hot paths (issues 3, 9 and 10)", arguments.Command(Verb), body.ToString());
    }

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        >= 1_000_000 => (nanoseconds / 1_000_000).ToString("0.00", CultureInfo.InvariantCulture) + " ms",
        >= 1_000 => (nanoseconds / 1_000).ToString("0.0", CultureInfo.InvariantCulture) + " µs",
        _ => nanoseconds.ToString("0", CultureInfo.InvariantCulture) + " ns",
    };

    private static string Bytes(long bytes) => bytes >= 1_048_576
        ? (bytes / 1_048_576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";
}
