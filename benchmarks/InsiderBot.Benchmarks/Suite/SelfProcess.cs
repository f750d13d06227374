using System.Diagnostics;

namespace InsiderBot.Benchmarks.Suite;

/// <summary>
/// Runs this benchmark program again in a child process (same build, same working directory), for figures that need a
/// fresh process: a cold store and a peak RSS that only the measured work contributes to.
/// </summary>
public static class SelfProcess
{
    /// <param name="environment">Variables for the child, e.g. the product host's GC settings (<c>DOTNET_gcConcurrent</c>).</param>
    public static int Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var host = Environment.ProcessPath ?? "dotnet";
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {host}");
        child.StandardOutput.ReadToEnd(); // the child's own printout; the figures come back through its --out file
        child.WaitForExit();
        return child.ExitCode;
    }
}
