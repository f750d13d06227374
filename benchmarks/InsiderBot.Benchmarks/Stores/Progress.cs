using System.Diagnostics;
using InsiderBot.Benchmarks.Scenarios;

namespace InsiderBot.Benchmarks.Stores;

/// <summary>A long build's progress on stderr at most every few seconds: count, rate overall and lately, RSS now and peak.</summary>
public sealed class Progress(string label, double everySeconds = 15)
{
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private double lastSeconds;
    private long lastCount;

    public void Report(long count, string unit, string detail)
    {
        var seconds = watch.Elapsed.TotalSeconds;
        if (seconds - lastSeconds < everySeconds) return;
        var lately = (count - lastCount) / (seconds - lastSeconds);
        Console.Error.WriteLine($"{label}: {count,10:N0} {unit}  {count / seconds,7:N0} {unit}/s overall  {lately,7:N0} {unit}/s now  rss {Machine.RssMb():0} MB (peak {Machine.PeakRssMb():0})  {seconds:0} s  {detail}");
        (lastSeconds, lastCount) = (seconds, count);
    }

    public void Done(long count, string unit) =>
        Console.Error.WriteLine($"{label}: done, {count:N0} {unit} in {watch.Elapsed.TotalSeconds:0} s ({count / watch.Elapsed.TotalSeconds:N0} {unit}/s), peak rss {Machine.PeakRssMb():0} MB");
}
