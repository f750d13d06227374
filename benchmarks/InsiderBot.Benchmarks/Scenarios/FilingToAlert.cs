using System.Diagnostics;
using System.Globalization;
using InsiderBot.Benchmarks.Suite;
using InsiderBot.Cli;
using InsiderBot.Fakes.Discord;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Store;
using InsiderBot.Store.Alerts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// Filing-to-alert latency: the whole bot (in-process, real Kestrel, real LiteDB file, live EDGAR polling at a real
/// interval) against the fake EDGAR and the fake Discord. Each company's first two director buys are published and
/// ingested first; then, one company at a time and at a random phase of the poll cycle, the third buy is published and
/// the clock runs until the fake Discord's channel shows the cluster alert. The floor is the same path without the wait
/// for the poll: from the fake EDGAR answering the feed request that lists the filing to the message in the channel.
/// </summary>
public sealed class FilingToAlert : IBenchmarkScenario
{
    private const string Guild = "930000000000000001";
    private const string Channel = "931000000000000001";

    public string Verb => "filing-to-alert";

    public string Usage => "[--filings N] [--interval SECONDS] [--seed N]";

    public IReadOnlyList<string> SuiteArguments => ["--filings", "20", "--interval", "5"];

    public BenchmarkSection Run(BenchmarkArguments arguments) => RunAsync(arguments).GetAwaiter().GetResult();

    private async Task<BenchmarkSection> RunAsync(BenchmarkArguments arguments)
    {
        var count = (int)arguments.Long("--filings", 20);
        var interval = TimeSpan.FromSeconds(arguments.Long("--interval", 5));
        var random = new Random((int)arguments.Long("--seed", 9));
        var folder = Path.Combine(Path.GetTempPath(), "insiderbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var edgar = await FakeEdgar.StartAsync(TimeProvider.System);
            await using var discord = await FakeDiscord.StartAsync();
            var store = Path.Combine(folder, "bot.db");
            Subscribe(store);
            var eastern = TimeSpan.FromHours(-5);
            var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(eastern).DateTime);
            var clusters = Enumerable.Range(0, count).Select(c => Cluster(c, today)).ToList();
            edgar.AddFile("/files/company_tickers.json", FakeEdgarPublishing.CompanyTickers(clusters.SelectMany(c => c)));

            var published = new List<SyntheticFiling>();
            var documents = 0;
            var firstBuys = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var feedAnswered = new List<long>();
            edgar.Answered += path =>
            {
                if (path.StartsWith("/cgi-bin/browse-edgar", StringComparison.Ordinal)) lock (feedAnswered) feedAnswered.Add(Stopwatch.GetTimestamp());
                if (path.EndsWith("/" + SyntheticFiling.DocumentName, StringComparison.Ordinal) && Interlocked.Increment(ref documents) == 2 * count) firstBuys.TrySetResult();
            };
            Publish(edgar, published, clusters.SelectMany(c => c.Take(2)), eastern);

            var lifetime = new TaskCompletionSource<IHostApplicationLifetime>(TaskCreationOptions.RunContinuationsAsynchronously);
            var bot = Program.RunAsync(Arguments(store, edgar, discord, interval), new BotConsole(TextReader.Null, TextWriter.Null, TextWriter.Null),
                services => services.AddHostedService(sp => new LifetimeHandle(sp.GetRequiredService<IHostApplicationLifetime>(), lifetime)));
            await firstBuys.Task.WaitAsync(TimeSpan.FromMinutes(2));

            var loadBefore = LoadAverage();
            var total = new List<double>();
            var pipeline = new List<double>();
            foreach (var cluster in clusters)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * interval.TotalMilliseconds));
                var ticker = cluster[2].Ticker;
                var start = Stopwatch.GetTimestamp();
                Publish(edgar, published, [cluster[2]], eastern);
                await discord.WaitUntilAsync(() => discord.ChannelMessages(Channel).Any(m => m.Body.Contains(ticker, StringComparison.Ordinal)), interval * 4 + TimeSpan.FromSeconds(30));
                var seen = Stopwatch.GetTimestamp();
                long polled;
                lock (feedAnswered) polled = feedAnswered.Where(t => t >= start).DefaultIfEmpty(start).Min();
                total.Add(Stopwatch.GetElapsedTime(start, seen).TotalMilliseconds);
                pipeline.Add(Stopwatch.GetElapsedTime(polled, seen).TotalMilliseconds);
            }

            (await lifetime.Task).StopApplication();
            await bot.WaitAsync(TimeSpan.FromMinutes(1));
            var shown = discord.ChannelMessages(Channel).Count;
            return new BenchmarkSection("Filing-to-alert latency, fake EDGAR → fake Discord (issue 8)", arguments.Command(Verb), Report(total, pipeline, interval, count, shown, $"{loadBefore} → {LoadAverage()}"));
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

    private static void Subscribe(string store)
    {
        using var db = new StoreDatabase(Options.Create(new StoreOptions { Path = store, SeedSampleData = false }));
        new SubscriptionStore(db).Save(new Subscription("discord", Guild, Channel, [], AlertKinds.Default, 0));
    }

    private static SyntheticFiling[] Cluster(int c, DateOnly today)
    {
        var ticker = "BX" + (char)('A' + c / 26) + (char)('A' + c % 26);
        return Enumerable.Range(0, 3).Select(i => new SyntheticFiling(
            SyntheticFiling.AccessionOf(c * 3 + i + 1), 8_100_000L + c, string.Create(CultureInfo.InvariantCulture, $"Bench Company {c}"), ticker,
            8_200_000L + c * 3 + i, string.Create(CultureInfo.InvariantCulture, $"Bench Insider {c * 3 + i}"), today.AddDays(i - 2), default)).ToArray();
    }

    private static void Publish(FakeEdgar edgar, List<SyntheticFiling> published, IEnumerable<SyntheticFiling> fresh, TimeSpan eastern)
    {
        var now = DateTimeOffset.UtcNow.ToOffset(eastern);
        published.AddRange(fresh.Select(f => f with { Accepted = now }));
        edgar.Publish(Enumerable.Reverse(published).ToList(), now);
    }

    private static string[] Arguments(string store, FakeEdgar edgar, FakeDiscord discord, TimeSpan interval)
    {
        var every = interval.ToString("c", CultureInfo.InvariantCulture);
        return
        [
            "run", "--store", store, "--Store:SeedSampleData=false",
            "--Edgar:Enabled=true", $"--Edgar:BaseUrl={edgar.BaseUrl}", $"--Edgar:DataBaseUrl={edgar.BaseUrl}",
            "--Edgar:UserAgent=InsiderBot benchmark bench@example.com", $"--Edgar:PollInterval={every}", $"--Edgar:QuietPollInterval={every}",
            "--Discord:Mode=http", "--Discord:Token=bench-token", "--Discord:ApplicationId=940000000000000001",
            $"--Discord:PublicKey={InteractionSender.PublicKeyHex}", $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}", $"--Discord:GatewayUrl={discord.GatewayUrl}",
            "--Web:Urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
        ];
    }

    /// <summary>The 1-minute load average (Linux), to show whether other work shared the machine during the run.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string Report(List<double> total, List<double> pipeline, TimeSpan interval, int count, int shown, string load)
    {
        var target = interval.TotalMilliseconds + 1000;
        var p50 = Percentile(total, 0.50);
        var p99 = Percentile(total, 0.99);
        var f50 = Percentile(pipeline, 0.50);
        var f99 = Percentile(pipeline, 0.99);
        return string.Create(CultureInfo.InvariantCulture, $$"""
            The bot runs in-process (`Program.RunAsync`, as `dotnet run` would: Kestrel, LiteDB file, live EDGAR polling every
            {{interval.TotalSeconds:0}} s — `Edgar:PollInterval`'s validated minimum is 5 s) against the fake EDGAR and the fake Discord on
            loopback, one market-wide subscription. Each of {{count}} companies' third director buy (completing a cluster) is published
            at a random phase of the poll cycle; the clock stops when the fake Discord's channel shows the alert. The floor is the
            same path without the wait for the poll: from the fake EDGAR answering the feed request that lists the filing to the
            message in the channel (fetch, parse, store, signal, outbox, post). {{shown}} messages were shown for {{count}} alerts.
            1-minute load average over the run: {{load}} on {{Environment.ProcessorCount}} cores (above the core count means other builds shared the machine).

            | what | p50 | p99 | max | p50 ratio to floor | p99 ÷ (interval + 1 s) | target |
            | --- | --- | --- | --- | --- | --- | --- |
            | feed answered → alert shown (floor) | {{f50:0}} ms | {{f99:0}} ms | {{pipeline.Max():0}} ms | 1.00× | {{f99 / target:0.00}} | — |
            | filing published → alert shown | {{p50:0}} ms | {{p99:0}} ms | {{total.Max():0}} ms | {{p50 / f50:0}}× | {{p99 / target:0.00}} | p99 ≤ interval + 1 s = {{target:0}} ms — {{(p99 <= target ? "met" : "**missed**")}} |
            """);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
