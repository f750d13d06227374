using System.Diagnostics;
using System.Globalization;
using InsiderBot.Benchmarks.Generation;
using InsiderBot.Benchmarks.Stores;
using InsiderBot.Benchmarks.Suite;
using InsiderBot.Chat;
using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Filings;
using InsiderBot.Import;
using InsiderBot.Insights;
using InsiderBot.Store;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// The serving process of <see cref="InsidersQuery"/> and of <see cref="HistoryImport"/>: opens the store cold, then for each sampled ticker runs the
/// real <c>/insiders TICKER</c> (router → <see cref="InsidersCommand"/> → <see cref="PlainTextRenderer"/>) and the floor
/// (the company's months of trades over the range read and their rows in it decoded to trade documents, nothing else:
/// what the layout's own range read costs), alternating which goes first. The chart is timed on its own
/// (<see cref="ActivityCharts"/> on the same trades) and subtracted to give the text answer.
/// </summary>
public static class InsidersQueryServe
{
    // The floor: the store's range read alone (the months' documents, the rows in the range as trade documents).
    private static List<BsonDocument> BareQuery(StoreDatabase database, long cik, DateOnly from, DateOnly to) =>
        database.Rows.OfIssuer(cik, DayNumber.Of(from), DayNumber.Of(to)).ToList();

    /// <summary>insiders-query's serving side: tickers sampled across every size of the benchmark store, one report over all.</summary>
    public static string Measure(BenchmarkArguments arguments)
    {
        var transactions = arguments.Long("--transactions", BuildStore.SuiteTransactions);
        var tickers = (int)arguments.Long("--tickers", 300);
        var shape = HistoryShape.Of(transactions);
        var companies = new SyntheticHistory(shape).Companies;
        var sample = CompanySample.Across(companies, tickers);
        var serving = Serve(StoreBuilder.PathFor(transactions), sample, WarmUpCompany(companies, sample), shape.End.AddDays(1), (int)arguments.Long("--days", InsidersCommand.DefaultDays), (int)arguments.Long("--rounds", 5), arguments.Flag("--answer-only"));
        var body = Report(serving);
        if (arguments.Text("--out") is { } output) File.WriteAllText(output, body);
        return body;
    }

    /// <summary>The busiest company outside the sample: it warms the runtime up, so the sample's first touch is still a cold store's.</summary>
    public static SyntheticCompany WarmUpCompany(IReadOnlyList<SyntheticCompany> companies, IReadOnlyList<SyntheticCompany> sample) =>
        companies.First(company => !sample.Contains(company));

    /// <summary>
    /// Opens the store cold, warms the runtime up on <paramref name="warmUp"/> (every call timed below, until tiered
    /// compilation settles) and, for <paramref name="rounds"/> rounds over the sample, times each ticker's answer as of
    /// <paramref name="today"/> against the floor, the chart alone and the store calls of the answer; then what
    /// <c>/status</c> reads; with the process's RSS.
    /// </summary>
    /// <param name="answerOnly">Times the floor and the answer alone, back to back, with no chart and no per-part reads
    /// between them: for a profiler attached to the serving process.</param>
    public static InsidersServing Serve(string path, IReadOnlyList<SyntheticCompany> sample, SyntheticCompany warmUp, DateOnly today, int days, int rounds, bool answerOnly = false)
    {
        var clock = new FixedClock(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var open = Stopwatch.StartNew();
        using var bench = new BenchStore(path, fresh: false);
        var store = bench.Store;
        var importer = new FilingImporter(store, new FilingDocumentReader(), clock, NullLogger<FilingImporter>.Instance);
        var seeder = new StoreSeeder(store, importer, bench.Options, NullLogger<StoreSeeder>.Instance);
        var router = new ChatCommandRouter([new InsidersCommand(store, seeder, clock, drawChart: false)], NullLogger<ChatCommandRouter>.Instance);
        var openMs = open.Elapsed.TotalMilliseconds;
        var rssOpen = Machine.PeakRssMb();

        var floor = new List<double>[rounds];
        var text = new List<double>[rounds];
        var chart = new List<double>[rounds];
        var parts = new Dictionary<string, List<double>>();
        var rows = new List<double>();
        long sink = 0;
        var watch = new Stopwatch();
        // The runtime warmed up on a company outside the sample, so round 1 measures a cold store rather than a cold
        // runtime, and the later rounds a served process rather than methods still being promoted by tiered compilation.
        var warm = JitWarmUp.Until(() =>
        {
            sink += PlainTextRenderer.Render(router.ExecuteAsync("insiders", [warmUp.Ticker], ChatOrigin.Console).GetAwaiter().GetResult()).Length;
            sink += BareQuery(bench.Database, warmUp.Cik, today.AddDays(-days), today).Count;
            var (trades, signals) = Parts(store, warmUp.Cik, warmUp.Ticker, today.AddDays(-days), today, null);
            if (!answerOnly) sink += ActivityCharts.For(warmUp.Ticker, warmUp.Name, trades, today.AddDays(-days), today, signals)?.Png.Length ?? 0;
        });
        Console.Error.WriteLine($"insiders-query warm-up on {warmUp.Ticker}: {warm.Calls} calls in {warm.Seconds:0.0} s, {warm.Compiled} methods compiled");
        for (var round = 0; round < rounds; round++)
        {
            (floor[round], text[round], chart[round]) = ([], [], []);
            for (var i = 0; i < sample.Count; i++)
            {
                var company = sample[i];
                double floorMs = 0, textMs = 0;
                for (var side = 0; side < 2; side++)
                {
                    watch.Restart();
                    if ((side + i + round) % 2 == 0)
                    {
                        var documents = BareQuery(bench.Database, company.Cik, today.AddDays(-days), today);
                        floorMs = watch.Elapsed.TotalMilliseconds;
                        sink += documents.Count;
                        if (round == 0) rows.Add(documents.Count);
                    }
                    else
                    {
                        var reply = router.ExecuteAsync("insiders", [company.Ticker], ChatOrigin.Console).GetAwaiter().GetResult();
                        sink += PlainTextRenderer.Render(reply).Length;
                        textMs = watch.Elapsed.TotalMilliseconds;
                        if (reply.IsError) throw new InvalidOperationException($"/insiders {company.Ticker}: {reply.Title}");
                    }
                }

                if (!answerOnly)
                {
                    // The chart draws what the answer read; its reads are not timed.
                    var (trades, signals) = (store.TradesForIssuer(company.Cik, today.AddDays(-days), today), store.SignalsForIssuer(company.Cik, today.AddDays(-days), today));
                    watch.Restart();
                    sink += ActivityCharts.For(company.Ticker, company.Name, trades, today.AddDays(-days), today, signals)?.Png.Length ?? 0;
                    chart[round].Add(watch.Elapsed.TotalMilliseconds);
                }

                floor[round].Add(floorMs);
                text[round].Add(textMs);
            }

            if (rounds <= 10 || (round + 1) % (rounds / 10) == 0)
                Console.Error.WriteLine($"insiders-query round {round + 1}/{rounds}: floor p50 {Percentiles.Of(floor[round], 50):0.00} ms, answer p50 {Percentiles.Of(text[round], 50):0.00} ms, peak rss {Machine.PeakRssMb():0} MB");
        }

        // The answer's store calls one by one, in a pass of their own after the timed rounds: the diagnostic reads among
        // them (the company's whole years before the window) allocate many times what an answer does, and interleaved
        // with the rounds their collections fell on the answers and the floors timed next.
        if (!answerOnly)
        {
            for (var round = 0; round < rounds; round++)
            {
                foreach (var company in sample) Parts(store, company.Cik, company.Ticker, today.AddDays(-days), today, round == 0 ? null : parts);
            }
        }

        // What /status and the health check read on the same store, after the queries (LiteDB's Count() on the trades
        // held 680 MB here before the counts were kept at ingest).
        watch.Restart();
        var statistics = store.Statistics();
        sink += statistics.Trades + (store.IsEmpty ? 0 : 1);
        var statusMs = watch.Elapsed.TotalMilliseconds;
        GC.KeepAlive(sink);
        return new InsidersServing([.. sample.Select(c => c.Ticker)], rounds, days, today, rows, openMs, rssOpen, floor, text, chart, parts, statusMs, Machine.PeakRssMb()) { WarmUp = warm };
    }

    // The store calls /insiders makes, one by one (timed when parts is given); returns what the chart needs.
    private static (IReadOnlyList<InsiderTrade> Trades, IReadOnlyList<SignalRecord> Signals) Parts(InsiderStore store, long cik, string ticker, DateOnly from, DateOnly to, Dictionary<string, List<double>>? parts)
    {
        var watch = Stopwatch.StartNew();
        void Lap(string name)
        {
            if (parts is not null) (parts.TryGetValue(name, out var list) ? list : parts[name] = []).Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
        }

        store.FindIssuer(ticker);
        Lap("issuer lookup (remembered)");
        var trades = store.TradesForIssuer(cik, from, to);
        Lap("window trades");
        var signals = store.SignalsForIssuer(cik, from, to);
        Lap("signals (remembered)");
        var lookback = from.AddYears(-store.SignalSettings.RoutineLookbackYears - 1);
        foreach (var insider in TradeGroup.Of(trades).Take(InsidersCommand.MaxItems).Select(g => g.First.InsiderCik).Distinct())
            store.MarketTradeDays(insider, cik, lookback, from.AddDays(-1));
        Lap("status history (shown insiders' market-day ledger entries before the window)");
        store.TradesForIssuer(cik, lookback, from.AddDays(-1));
        Lap("for comparison: the company's whole years before the window (the earlier read)");
        return (trades, signals);
    }

    private static string Report(InsidersServing s)
    {
        var (f, t, c) = (s.Warm(s.Floor), s.Warm(s.Text), s.Warm(s.Chart));
        var (f50, f99) = (Percentiles.Of(f, 50), Percentiles.Of(f, 99));
        var (t50, t99) = (Percentiles.Of(t, 50), Percentiles.Of(t, 99));
        var (c50, c99) = (Percentiles.Of(c, 50), Percentiles.Of(c, 99));
        var (cf99, ct99) = (Percentiles.Of(s.Floor[0], 99), Percentiles.Of(s.Text[0], 99));
        var met = t50 / f50 <= 2 && t99 / f99 <= 2 && t99 < 50;
        var (tickers, rounds, warm) = (s.Tickers.Count, s.Rounds, s.Skipped);
        return string.Create(CultureInfo.InvariantCulture, $$"""
            {{tickers}} tickers sampled (seeded) from every slice of the company-size ranking; `/insiders TICKER` with the default
            {{s.Days}} days as of {{s.Today:yyyy-MM-dd}} (the day after the history ends). Rows in the window per ticker: median
            {{Percentiles.Of(s.Rows, 50):0}}, p90 {{Percentiles.Of(s.Rows, 90):0}}, max {{s.Rows.Max():0}}. {{rounds}} rounds over all tickers; in each, the answer and the floor
            alternate which runs first. Before them the runtime is warmed up on {{s.WarmUp.Calls}} answers for a company outside the sample
            ({{s.WarmUp.Seconds:0.0}} s: until half a second passes in which tiered compilation compiles no method, as in a process that has
            served a while). The first round (each ticker's first touch: a cold store in a warm runtime) is shown apart; the
            percentiles below are over rounds 2–{{rounds}} ({{tickers * (rounds - warm)}} queries each). The answer = router → `InsidersCommand`
            (issuer lookup, window query, signals, the shown insiders' market-day ledger entries for their status, classification, grouping)
            → `PlainTextRenderer`, with the command's chart off (`drawChart: false`); the chart (SkiaSharp PNG) is timed alone on
            the same trades and signals. The window's trades are read from the store on every answer; what changes only when a
            write commits (the ticker's issuer, the company's splits, the window's signals, whether the sample is held) is
            remembered until the next write, and the statuses per company, window and stored trade count.

            | what | p50 | p99 | p50 ratio | p99 ratio | target |
            | --- | --- | --- | --- | --- | --- |
            | bare range read: the company months, the rows in range as documents (floor) | {{f50:0.00}} ms | {{f99:0.00}} ms | 1.00× | 1.00× | — |
            | `/insiders` text answer (query + classify + render) | {{t50:0.00}} ms | {{t99:0.00}} ms | {{t50 / f50:0.0}}× | {{t99 / f99:0.0}}× | ≤ 2×, p99 < 50 ms — {{(met ? "met" : "**missed**")}} |
            | chart alone (reported separately) | {{(c.Count == 0 ? "not drawn (`--answer-only`)" : c50.ToString("0.00", CultureInfo.InvariantCulture) + " ms")}} | {{(c.Count == 0 ? "" : c99.ToString("0.00", CultureInfo.InvariantCulture) + " ms")}} | | | — |
            | first touch (round 1): floor / text answer p99 | {{cf99:0.00}} ms | {{ct99:0.00}} ms | | | — |

            Where the answer's time goes (the store calls the command makes, each timed alone, in a pass of {{rounds}} rounds after the timed ones; the first left out):
            {{string.Join("; ", s.Parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} p50 {Percentiles.Of(p.Value, 50):0.00} ms, p99 {Percentiles.Of(p.Value, 99):0.00} ms")))}}.

            RSS serving the store: peak {{s.PeakRss:0}} MB for a process that opened the store ({{s.OpenMs:0}} ms, {{s.RssOpen:0}} MB peak by then) and
            answered {{tickers * rounds}} queries, then read what `/status` shows and what the health check asks (`Statistics()`, `IsEmpty`:
            {{s.StatusMs:0.0}} ms) — target < 256 MB: {{(s.PeakRss < 256 ? "met" : "**missed**")}}.
            """);
    }
}
