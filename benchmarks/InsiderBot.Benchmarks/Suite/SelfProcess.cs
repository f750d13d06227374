using System.Diagnostics;

namespace InsiderBot.Benchmarks.Suite;

/// <summary>
/// Runs this benchmark program again in a child process (same build, same working directory), for figures that need a
/// fresh process: a cold store and a peak RSS that only the measured work contributes to.
/// </summary>
public static class SelfProcess
{
    public static int Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var host = Environment.ProcessPath ?? "dotnet";
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {host}");
        child.StandardOutput.ReadToEnd(); // the child's own printout; the figures come back through its --out file
        child.WaitForExit();
        return child.ExitCode;
    }
}
