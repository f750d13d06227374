using InsiderBot.Benchmarks.Suite;

namespace InsiderBot.Benchmarks.Load;

/// <summary>
/// What an acknowledgement-latency scenario runs (<c>--rate</c>, <c>--seconds</c> per round, <c>--rounds</c>, the
/// command <c>--mix</c>) and the fresh folder its bot's store lives in, seeded with the bundled sample.
/// </summary>
public sealed record AckLoadPlan(int Rate, long Seconds, int Rounds, string[] Mix, string Folder)
{
    public const string Usage = "[--rate N] [--seconds S per round] [--rounds R] [--mix insiders,explain,help]";

    public static IReadOnlyList<string> SuiteArguments { get; } = ["--rate", "200", "--seconds", "5", "--rounds", "4"];

    /// <summary>The plan from the arguments; the scenario's data folder under benchmarks/data is emptied.</summary>
    public static AckLoadPlan From(BenchmarkArguments arguments, string verb)
    {
        var folder = Path.GetFullPath(Path.Combine("benchmarks/data", verb));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return new AckLoadPlan(
            (int)arguments.Long("--rate", 200),
            arguments.Long("--seconds", 5),
            (int)arguments.Long("--rounds", 4),
            (arguments.Text("--mix") ?? "insiders,explain,help").Split(','),
            folder);
    }

    /// <summary>The bot's store settings: a file in the folder, seeded with the bundled sample filings.</summary>
    public Dictionary<string, string?> StoreSettings() => new()
    {
        ["Store:Path"] = Path.Combine(Folder, "store.db"),
        ["Store:SeedSampleData"] = "true",
        ["Store:SampleDataPath"] = Path.GetFullPath("src/InsiderBot/SampleData"),
    };
}
