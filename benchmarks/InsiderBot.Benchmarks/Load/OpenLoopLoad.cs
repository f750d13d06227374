using System.Collections.Concurrent;
using System.Diagnostics;

namespace InsiderBot.Benchmarks.Load;

/// <summary>
/// Open-loop load: request i is due at start + i / rate whether or not earlier ones have been answered (the way Discord
/// and Slack deliver), and its latency is counted from when it was due, so a stalled server cannot hide its queue
/// (no coordinated omission). The pacer runs on the calling thread, not the thread pool it measures.
/// </summary>
public static class OpenLoopLoad
{
    public static LoadRound Run(HttpClient http, LoadTarget target, int perSecond, TimeSpan duration, int firstIndex, Func<HttpResponseMessage, string, string> classify)
    {
        var count = (int)(perSecond * duration.TotalSeconds);
        var requests = Enumerable.Range(firstIndex, count).Select(target.Request).ToList(); // signed before the clock starts
        var latencies = new double[count];
        var errors = 0;
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var tasks = new Task[count];
        var worstLag = 0.0;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / perSecond);
            WaitUntil(due);
            worstLag = Math.Max(worstLag, Stopwatch.GetElapsedTime(due).TotalMilliseconds);
            var index = i;
            tasks[i] = SendAsync(http, requests[i], target, due, classify, outcomes).ContinueWith(t =>
            {
                if (t.Result is { } ms) latencies[index] = ms;
                else
                {
                    latencies[index] = double.NaN;
                    Interlocked.Increment(ref errors);
                }
            }, TaskScheduler.Default);
        }

        Task.WaitAll(tasks);
        foreach (var request in requests) request.Dispose();
        return new LoadRound(target.Name, latencies.Where(l => !double.IsNaN(l)).ToArray(), errors, worstLag, outcomes);
    }

    private static async Task<double?> SendAsync(HttpClient http, HttpRequestMessage request, LoadTarget target, long due, Func<HttpResponseMessage, string, string> classify, ConcurrentDictionary<string, int> outcomes)
    {
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            if (!target.IsAck(response, body)) return null;
            outcomes.AddOrUpdate(classify(response, body), 1, (_, n) => n + 1);
            return elapsed;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    private static void WaitUntil(long due)
    {
        while (true)
        {
            var left = due - Stopwatch.GetTimestamp();
            if (left <= 0) return;
            if (left * 1000 / Stopwatch.Frequency > 2) Thread.Sleep(1);
            else Thread.Yield();
        }
    }

    /// <summary>The q-quantile (0–1) of already sorted values, nearest rank.</summary>
    public static double Quantile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
