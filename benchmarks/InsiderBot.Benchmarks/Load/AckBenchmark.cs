using System.Globalization;
using System.Text;

namespace InsiderBot.Benchmarks.Load;

/// <summary>
/// Runs the bot's endpoint and its floor in alternating paced rounds (after a discarded warm-up round each) and writes the
/// comparison: p50/p99/max acknowledgement latency of each side, errors, and the ratios.
/// </summary>
public static class AckBenchmark
{
    public static (IReadOnlyList<LoadRound> Bot, IReadOnlyList<LoadRound> Floor) Interleave(
        LoadTarget bot, LoadTarget floor, int perSecond, TimeSpan round, int rounds, Func<HttpResponseMessage, string, string> classify)
    {
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(10) };
        var next = 0;
        LoadRound Run(LoadTarget target, TimeSpan length)
        {
            var result = OpenLoopLoad.Run(http, target, perSecond, length, next, classify);
            next += (int)(perSecond * length.TotalSeconds);
            return result;
        }

        Run(floor, TimeSpan.FromSeconds(2));
        Run(bot, TimeSpan.FromSeconds(2));
        var botRounds = new List<LoadRound>();
        var floorRounds = new List<LoadRound>();
        for (var i = 0; i < rounds; i++)
        {
            if (i % 2 == 0)
            {
                floorRounds.Add(Run(floor, round));
                botRounds.Add(Run(bot, round));
            }
            else
            {
                botRounds.Add(Run(bot, round));
                floorRounds.Add(Run(floor, round));
            }
        }

        return (botRounds, floorRounds);
    }

    public static string Table(string botLabel, IReadOnlyList<LoadRound> bot, IReadOnlyList<LoadRound> floor, double targetP99Ms)
    {
        var (b50, b99, bMax, bN, bErr) = Summary(bot);
        var (f50, f99, fMax, fN, fErr) = Summary(floor);
        var outcomes = bot.SelectMany(r => r.Outcomes).GroupBy(o => o.Key).Select(g => $"{g.Key}: {g.Sum(o => o.Value)}");
        var lag = bot.Concat(floor).Max(r => r.WorstPacerLagMs);
        var text = new StringBuilder();
        text.AppendLine("| endpoint | answered | errors | p50 | p99 | max |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| bare Kestrel, constant 200 (floor) | {fN} | {fErr} | {f50:0.0} ms | {f99:0.0} ms | {fMax:0.0} ms |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| {botLabel} | {bN} | {bErr} | {b50:0.0} ms | {b99:0.0} ms | {bMax:0.0} ms |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| ratio to floor | | | {b50 / f50:0.0}× | {b99 / f99:0.0}× | {bMax / fMax:0.0}× |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Target: p99 well under 1 s ({targetP99Ms:0} ms) with no errors — {(b99 < targetP99Ms && bErr == 0 ? "met" : "**missed**")}. Answers: {string.Join(", ", outcomes)}. Worst pacer lateness {lag:0.0} ms.");
        return text.ToString();
    }

    private static (double P50, double P99, double Max, int Answered, int Errors) Summary(IReadOnlyList<LoadRound> rounds)
    {
        var all = rounds.SelectMany(r => r.LatenciesMs).Order().ToArray();
        return (OpenLoopLoad.Quantile(all, 0.50), OpenLoopLoad.Quantile(all, 0.99), all.Length == 0 ? double.NaN : all[^1], all.Length, rounds.Sum(r => r.Errors));
    }

    /// <summary>The 1-minute load average (other builds and tests on the shared machine show up here).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
