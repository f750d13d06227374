using System.Diagnostics;
using System.Globalization;
using System.IO.Pipes;
using InsiderBot.Admin;
using InsiderBot.Benchmarks.Suite;
using InsiderBot.Cli;
using InsiderBot.Fakes.Edgar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// A new deployment's first start: the whole bot in-process (<c>Program.RunAsync</c>, real LiteDB file, live polling)
/// with an empty store against the fake EDGAR at its 10 requests/s limit, serving two synthetic years of daily indexes
/// and one company's submissions list. Measured from the start: the first answer to <c>/insiders TICKER</c> with no
/// coverage caveat, the bootstrap's end, the requests it spent per filing, the live polls' delay while it ran, and the
/// process's peak RSS.
/// </summary>
public sealed class HistoryBootstrapRun : IBenchmarkScenario
{
    private const string Ticker = "BS00";
    private const long FirstIssuer = 7_300_000;

    public string Verb => "bootstrap";

    public string Usage => "[--per-day N] [--companies N] [--interval SECONDS]";

    public IReadOnlyList<string> SuiteArguments => ["--per-day", "1", "--companies", "20", "--interval", "5"];

    public BenchmarkSection Run(BenchmarkArguments arguments) => RunAsync(arguments).GetAwaiter().GetResult();

    private async Task<BenchmarkSection> RunAsync(BenchmarkArguments arguments)
    {
        var perDay = (int)arguments.Long("--per-day", 1);
        var companies = (int)arguments.Long("--companies", 20);
        var interval = TimeSpan.FromSeconds(arguments.Long("--interval", 5));
        var folder = Path.Combine(Path.GetTempPath(), "insiderbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var edgar = await FakeEdgar.StartAsync(TimeProvider.System);
            var eastern = TimeSpan.FromHours(-5);
            var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(eastern).DateTime);
            var history = Publish(edgar, today, perDay, companies);
            var store = Path.Combine(folder, "bot.db");

            var lifetime = new TaskCompletionSource<IHostApplicationLifetime>(TaskCreationOptions.RunContinuationsAsynchronously);
            var start = Stopwatch.GetTimestamp();
            var started = DateTimeOffset.UtcNow;
            // With no chat platform the bot serves the console chat, which ends at the end of its input: keep it open.
            using var keyboard = new AnonymousPipeServerStream(PipeDirection.Out);
            using var input = new StreamReader(new AnonymousPipeClientStream(PipeDirection.In, keyboard.ClientSafePipeHandle));
            var bot = Program.RunAsync(Arguments(store, edgar, interval), new BotConsole(input, TextWriter.Null, TextWriter.Null),
                services => services.AddHostedService(sp => new LifetimeHandle(sp.GetRequiredService<IHostApplicationLifetime>(), lifetime)));
            await lifetime.Task.WaitAsync(TimeSpan.FromMinutes(2));

            TimeSpan? firstCovered = null;
            string firstAnswer = "";
            TimeSpan? done = null;
            var deadline = TimeSpan.FromMinutes(30);
            while (done is null && Stopwatch.GetElapsedTime(start) < deadline)
            {
                if (firstCovered is null)
                {
                    var answer = await AskAsync(store, ["/insiders", Ticker]);
                    if (answer.Contains(Ticker, StringComparison.Ordinal) && !answer.Contains("This store", StringComparison.Ordinal))
                    {
                        firstCovered = Stopwatch.GetElapsedTime(start);
                        firstAnswer = answer;
                    }
                }

                var status = await AskAsync(store, ["/status"]);
                var progress = status.Split('\n').FirstOrDefault(l => l.Contains("History bootstrap", StringComparison.Ordinal)) ?? "(no answer yet)";
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Stopwatch.GetElapsedTime(start).TotalSeconds:0} s: {edgar.Requests.Count} requests; {progress.Trim()}"));
                if (status.Contains("done: the market's history is complete", StringComparison.Ordinal)) done = Stopwatch.GetElapsedTime(start);
                else await Task.Delay(TimeSpan.FromSeconds(2));
            }

            var ended = DateTimeOffset.UtcNow;
            var peakRss = PeakRssMegabytes();
            await keyboard.WriteAsync("/quit\n"u8.ToArray());
            await keyboard.FlushAsync();
            await bot.WaitAsync(TimeSpan.FromMinutes(1));

            var requests = edgar.Requests.Where(r => r.At >= started && r.At <= ended).ToList();
            var polls = requests.Where(r => r.PathAndQuery.Contains("getcurrent", StringComparison.Ordinal) && r.PathAndQuery.Contains("start=0", StringComparison.Ordinal))
                .Select(r => r.At).Order().ToList();
            var delays = polls.Zip(polls.Skip(1), (a, b) => Math.Max(0, (b - a - interval).TotalMilliseconds)).ToList();
            var historyRequests = requests.Count(r => !r.PathAndQuery.Contains("getcurrent", StringComparison.Ordinal));
            return new BenchmarkSection(
                "First start of a new deployment: the history bootstrap against the fake EDGAR at 10 requests/s (issue 16)",
                arguments.Command(Verb),
                Report(new Figures(perDay, companies, interval, history, firstCovered, done, historyRequests, edgar.Refused, delays, peakRss, firstAnswer)));
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    // Two years of business days, perDay filings each spread over the companies; the named ticker's own submissions list.
    private static int Publish(FakeEdgar edgar, DateOnly today, int perDay, int companies)
    {
        var n = 0;
        var own = new List<(SyntheticFiling, DateOnly)>();
        var all = new List<SyntheticFiling>();
        for (var day = today.AddYears(-2); day < today; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            var filings = Enumerable.Range(0, perDay).Select(_ => ++n).Select(i => Filing(i, i % companies, day)).ToList();
            edgar.PublishDailyIndex(day, filings);
            own.AddRange(filings.Where(f => f.Ticker == Ticker).Select(f => (f, day)));
            all.AddRange(filings);
        }

        edgar.PublishCompanyHistory(FirstIssuer, "Bench Company 0", own, recent: 40);
        edgar.AddFile("/files/company_tickers.json", FakeEdgarPublishing.CompanyTickers(all));
        // Today's filings come from the live feed, as on a real first start.
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(-5));
        edgar.Publish([Filing(++n, 0, today) with { Accepted = now }], now);
        return all.Count;
    }

    private static SyntheticFiling Filing(int i, int company, DateOnly day) => new(
        SyntheticFiling.AccessionOf(i % 1_000_000, 20 + (i / 1_000_000)), FirstIssuer + company,
        string.Create(CultureInfo.InvariantCulture, $"Bench Company {company}"), string.Create(CultureInfo.InvariantCulture, $"BS{company:00}"),
        8_300_000L + i, string.Create(CultureInfo.InvariantCulture, $"Bench Director {i}"), day,
        new DateTimeOffset(day, new TimeOnly(17, 0), TimeSpan.FromHours(-5)));

    private static async Task<string> AskAsync(string store, IReadOnlyList<string> operands)
    {
        var output = new StringWriter();
        await AdminClient.TryRunAsync(store, new AdminRequest("ask", operands), new BotConsole(TextReader.Null, output, output), CancellationToken.None);
        return output.ToString();
    }

    private static string[] Arguments(string store, FakeEdgar edgar, TimeSpan interval)
    {
        var every = interval.ToString("c", CultureInfo.InvariantCulture);
        return
        [
            "run", "--store", store, "--History:BootstrapYears=2",
            "--Edgar:Enabled=true", $"--Edgar:BaseUrl={edgar.BaseUrl}", $"--Edgar:DataBaseUrl={edgar.BaseUrl}",
            "--Edgar:UserAgent=InsiderBot benchmark bench@example.com", $"--Edgar:PollInterval={every}", $"--Edgar:QuietPollInterval={every}",
            "--Web:Urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
        ];
    }

    /// <summary>VmHWM of this process (the bot, the fake EDGAR holding every synthetic file, and the benchmark).</summary>
    private static double PeakRssMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    private sealed record Figures(
        int PerDay, int Companies, TimeSpan Interval, int Filings, TimeSpan? FirstCovered, TimeSpan? Done, int Requests, int Refused,
        List<double> PollDelays, double PeakRss, string FirstAnswer);

    private static string Report(Figures f)
    {
        static string Seconds(TimeSpan? t) => t is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v.TotalSeconds:0.0} s") : "not reached in 30 min";
        var p99 = Percentiles.Of(f.PollDelays, 99);
        var max = f.PollDelays.Count == 0 ? double.NaN : f.PollDelays.Max();
        return string.Create(CultureInfo.InvariantCulture, $$"""
            The bot runs in-process (`Program.RunAsync run`, as a deployment starts: empty LiteDB file, `Edgar:Enabled=true`,
            `History:BootstrapYears=2`, live polling every {{f.Interval.TotalSeconds:0}} s) against the fake EDGAR on loopback, which refuses
            more than 10 requests in a second as EDGAR does. Synthetic density: {{f.PerDay}} Form 4 per business day over the two years
            ({{f.Filings:#,0}} filings, {{f.Companies}} companies; real EDGAR carries ~1,000 a day, so a real first start spends about that many
            times more requests on filings). No quarterly data set is published, so every day comes from the daily indexes: the
            worst case (with the data sets each past quarter is one download). `/insiders {{Ticker}}` is asked over the admin socket from
            the start until an answer has no coverage caveat (the on-demand company fetch makes it complete); `/status` is asked
            every 2 s until the bootstrap line says done. The poll delay is each gap between the live feed's first-page requests
            beyond the poll interval. Peak RSS is this one process's VmHWM: the bot, the fake EDGAR holding every synthetic file, and the benchmark.

            | what | measured | target |
            | --- | --- | --- |
            | first `/insiders {{Ticker}}` answer with its window covered | {{Seconds(f.FirstCovered)}} | — |
            | bootstrap done (two years covered) | {{Seconds(f.Done)}} | — |
            | EDGAR requests besides live polling, per filing | {{f.Requests:#,0}} requests ÷ {{f.Filings:#,0}} filings = {{(double)f.Requests / Math.Max(1, f.Filings):0.00}} | one per filing plus one per day's index |
            | requests EDGAR refused (over 10/s) | {{f.Refused}} | 0 |
            | live-poll delay during the bootstrap, p99 / max ({{f.PollDelays.Count}} polls) | {{p99:0}} ms / {{max:0}} ms | ≤ one poll interval ({{f.Interval.TotalMilliseconds:0}} ms) — {{(p99 <= f.Interval.TotalMilliseconds ? "met" : "**missed**")}} |
            | peak RSS | {{f.PeakRss:0}} MB | < 256 MB — {{(f.PeakRss < 256 ? "met" : "**missed**")}} |
            """);
    }
}
