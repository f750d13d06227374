using System.Diagnostics;
using System.Globalization;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// Runs the product host (<c>InsiderBot.dll</c> beside this program, with its own runtimeconfig, so the GC the real
/// verbs get) in a child process and samples its VmHWM every 20 ms until it exits.
/// </summary>
public static class HostProcess
{
    public static HostRun Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var dotnet = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "InsiderBot.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {dotnet}");
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        var status = $"/proc/{child.Id}/status";
        double peak = 0;
        while (!child.WaitForExit(20)) peak = Math.Max(peak, HighWaterMb(status));
        child.WaitForExit();
        return new HostRun(peak, watch.Elapsed.TotalSeconds, child.ExitCode, output.Result + error.Result);
    }

    // VmHWM only grows, so the last reading before exit is the peak up to the final 20 ms.
    private static double HighWaterMb(string status)
    {
        try
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // exited between two readings
        }
    }
}
