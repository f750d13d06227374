using System.Text.RegularExpressions;
using InsiderBot.Cli;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InsiderBot.Tests;

/// <summary>
/// One writer per store: a running bot holds the store, a second bot is refused, and the operator's verbs (ask,
/// import, quarantine, backup) are carried out by the running bot instead of opening the file a second time.
/// </summary>
public sealed partial class OneWriterTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task SecondBot_OnARunningBotsStore_IsRefusedInOneLine_AndStartsOnceTheFirstHasLeft()
    {
        var store = seeded.Copy(temp);
        await using (var bot = await ConsoleBot.StartAsync(store))
        {
            var second = await BotRun.RunAsync(["--store", store], "/explain P\n");

            Assert.Equal(2, second.ExitCode);
            Assert.Contains($"Another InsiderBot is already running on {store}", second.Error);
            Assert.Single(second.Error.Trim().Split('\n'));
            Assert.DoesNotContain("P — Open-market purchase", second.Out);
        }

        var after = await BotRun.RunAsync(["--store", store], "/explain P\n");
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("P — Open-market purchase", after.Out);
    }

    [Fact]
    public async Task OperatorVerbs_AgainstARunningBot_AreCarriedOutByIt()
    {
        var store = seeded.Copy(temp);
        var filing = WriteSynthetic(0);
        var backup = temp.File("backups/copy.db");
        await using (var bot = await ConsoleBot.StartAsync(store))
        {
            var status = await BotRun.RunAsync(["ask", "/status", "--store", store]);
            Assert.Equal(0, status.ExitCode);
            Assert.Contains($"Store:                     {store}", status.Out);

            var import = await BotRun.RunAsync(["import", Path.GetRelativePath(Environment.CurrentDirectory, filing), "--store", store]);
            Assert.Equal(0, import.ExitCode);
            Assert.Contains("Imported 1 filing(s) with 1 transaction(s)", import.Out);

            var quarantine = await BotRun.RunAsync(["quarantine", "--store", store]);
            Assert.Equal(0, quarantine.ExitCode);
            Assert.Contains("PRE2003TEXT", quarantine.Out);

            var copy = await BotRun.RunAsync(["backup", backup, "--store", store]);
            Assert.Equal(0, copy.ExitCode);
            Assert.Contains($"to {backup}", copy.Out);

            var again = await BotRun.RunAsync(["backup", backup, "--store", store]);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("already exists", again.Error);

            // The running bot sees what the operator imported through it.
            bot.Input.Type("/insiders SYNH");
            await bot.Output.WaitForAsync("SYNH — Synthetic Holdings Inc");
        }

        var original = await BotRun.RunAsync(["ask", "/status", "--store", store]);
        var restored = await BotRun.RunAsync(["ask", "/status", "--store", backup]);
        Assert.Equal(FilingCount(original.Out), FilingCount(restored.Out));
        Assert.Equal(FilingCount(seeded.SeedOutput) + 1, FilingCount(restored.Out));
    }

    [Fact]
    public async Task ConfirmedWrites_OfTheBotAndOfAnOperator_AllSurvive_Over100Interleavings()
    {
        const int rounds = 100;
        var store = seeded.Copy(temp);
        var files = Enumerable.Range(1, rounds).Select(WriteSynthetic).ToList();
        await using (var bot = await ConsoleBot.StartAsync(store))
        {
            var tickers = bot.Tickers;
            for (var i = 0; i < rounds; i++)
            {
                // The bot writes a subscription from its own console while an operator's import runs beside it.
                var minimum = 1_000 + i;
                bot.Input.Type($"/subscribe {tickers[i % tickers.Count]} min_value:{minimum}");
                var confirmed = bot.Output.WaitForAsync($"worth at least ${minimum:#,0}.");
                var import = BotRun.RunAsync(["import", files[i], "--store", store]);
                await confirmed;
                var imported = await import;
                Assert.True(imported.ExitCode == 0 && imported.Out.Contains("Imported 1 filing(s)", StringComparison.Ordinal), $"round {i}: {imported.Out}{imported.Error}");
            }
        }

        // Every write the bot or the operator confirmed is in the store at the next start.
        var subscriptions = await BotRun.RunAsync(["ask", "/subscriptions", "--store", store]);
        var status = await BotRun.RunAsync(["ask", "/status", "--store", store]);
        Assert.Contains($"worth at least ${1_000 + rounds - 1:#,0}.", subscriptions.Out);
        Assert.Equal(FilingCount(seeded.SeedOutput) + rounds, FilingCount(status.Out));
    }

    [Fact]
    public async Task AcrossRealProcesses_AnOperatorsAsk_IsCarriedOutByTheRunningBot_AndASecondBotExits2()
    {
        var store = seeded.Copy(temp);
        var output = new System.Text.StringBuilder();
        using (var bot = Crash.BotProcess.Start(["--store", store], output, run: 1))
        {
            await bot.WaitForOutputAsync("Type /quit");

            var (askExit, asked) = await OneShotAsync(["ask", "/subscribe TSLA min_value:4242", "--store", store], run: 2);
            Assert.True(askExit == 0 && asked.Contains("worth at least $4,242.", StringComparison.Ordinal), asked);

            var (secondExit, second) = await OneShotAsync(["--store", store], run: 3);
            Assert.True(secondExit == 2 && second.Contains("Another InsiderBot is already running", StringComparison.Ordinal), second);

            await bot.TypeAsync("/quit");
            await bot.WaitForExitAsync();
            Assert.Equal(0, bot.ExitCode);
        }

        var subscriptions = await BotRun.RunAsync(["ask", "/subscriptions", "--store", store]);
        Assert.Contains("TSLA, worth at least $4,242.", subscriptions.Out);
    }

    [Fact]
    public async Task SampleRemove_AgainstARunningBot_LeavesTheAnswersOfAStoreThatNeverHeldTheSample()
    {
        var store = seeded.Copy(temp);
        var others = SampleNeighbours.Write(temp.File("others"));
        var alone = temp.File("alone.db");
        Assert.Equal(0, (await BotRun.RunAsync(["import", others, "--store", alone, "--Store:SeedSampleData=false"])).ExitCode);
        Assert.Equal(0, (await BotRun.RunAsync(["import", others, "--store", store])).ExitCode);
        Assert.Contains("remove them with the command `sample remove`", (await BotRun.RunAsync(["ask", "/status", "--store", store])).Out);
        (string Question, string Shows)[] questions =
            [("/insiders FB 3650", "THIEL"), ("/insider thiel", "NWCO"), ("/insiders NWCO", "GAMMA"), ("/clusters 60", "NWCO"), ("/ratio 2022-12", "2022"), ("/ratio 2022-05", "2022")];

        await using (var bot = await ConsoleBot.StartAsync(store))
        {
            var removal = await BotRun.RunAsync(["sample", "remove", "--store", store]);
            Assert.Equal(0, removal.ExitCode);
            Assert.Contains("Removed the bundled sample", removal.Out);
            Assert.Contains($"{FilingCount(seeded.SeedOutput):#,0} filings", removal.Out);

            foreach (var (question, shows) in questions)
            {
                var expected = await BotRun.RunAsync(["ask", question, "--store", alone, "--Store:SeedSampleData=false"]);
                var actual = await BotRun.RunAsync(["ask", question, "--store", store]);
                Assert.Contains(shows, expected.Out, StringComparison.OrdinalIgnoreCase);
                Assert.Equal(expected.Out, actual.Out);
            }

            var status = (await BotRun.RunAsync(["ask", "/status", "--store", store])).Out;
            var expectedStatus = (await BotRun.RunAsync(["ask", "/status", "--store", alone, "--Store:SeedSampleData=false"])).Out;
            Assert.DoesNotContain("Sample data", status);
            foreach (var field in new[] { "Filings", "Transactions", "Companies" })
                Assert.Equal(StatusLine(expectedStatus, field), StatusLine(status, field));
            Assert.Contains("no bundled sample", (await BotRun.RunAsync(["sample", "remove", "--store", store])).Out);
        }
    }

    private static string StatusLine(string status, string field) =>
        status.Split('\n').Single(l => l.TrimStart().StartsWith(field + ":", StringComparison.Ordinal)).Trim();

    private static async Task<(int ExitCode, string Output)> OneShotAsync(string[] arguments, int run)
    {
        var output = new System.Text.StringBuilder();
        using var process = Crash.BotProcess.Start(arguments, output, run);
        await process.WaitForExitAsync();
        lock (output) return (process.ExitCode, output.ToString());
    }

    private string WriteSynthetic(int n)
    {
        var filing = new SyntheticFiling(
            SyntheticFiling.AccessionOf(n), 9_990_001, "Synthetic Holdings Inc", "SYNH", 9_990_000 + n, $"Synthetic Owner {9_990_000 + n}",
            new DateOnly(2022, 11, 1).AddDays(n), new DateTimeOffset(2022, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var path = temp.File($"inbox/synthetic-{n}.xml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, filing.Xml());
        return path;
    }

    private static int FilingCount(string status) => int.Parse(FilingsLine().Match(status).Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Filings:\s+([0-9,]+)")]
    private static partial Regex FilingsLine();

    /// <summary>The console bot running in this process until disposed (<c>/quit</c>), as a user leaves it running in a terminal.</summary>
    private sealed class ConsoleBot : IAsyncDisposable
    {
        private readonly Task<int> run;

        private ConsoleBot(Task<int> run, ScriptedInput input, WatchedWriter output)
        {
            this.run = run;
            Input = input;
            Output = output;
        }

        public ScriptedInput Input { get; }

        public WatchedWriter Output { get; }

        public IReadOnlyList<string> Tickers => TickersLine().Match(Output.ToString()).Groups[1].Value.Split(", ");

        public static async Task<ConsoleBot> StartAsync(string store)
        {
            var input = new ScriptedInput();
            var output = new WatchedWriter();
            var clock = new FakeTimeProvider(new DateTimeOffset(2022, 12, 20, 15, 0, 0, TimeSpan.Zero));
            var run = Program.RunAsync(["--store", store], new BotConsole(input, output, new StringWriter()), s => s.AddSingleton<TimeProvider>(clock));
            await Task.WhenAny(output.WaitForAsync("Type /quit"), run);
            Assert.False(run.IsCompleted, $"the bot stopped at start: {output}");
            return new ConsoleBot(run, input, output);
        }

        public async ValueTask DisposeAsync()
        {
            Input.Type("/quit");
            Assert.Equal(0, await run.WaitAsync(TimeSpan.FromMinutes(1)));
        }
    }

    [GeneratedRegex("Tickers it holds include: ([A-Z, ]+)\\.")]
    private static partial Regex TickersLine();
}
