using System.Diagnostics;
using System.Text;

namespace InsiderBot.Tests.Crash;

/// <summary>
/// The real bot as a child process (<c>dotnet InsiderBot.dll</c> from this test's build output), its stdout and stderr
/// kept for the failure message. <see cref="KillNine"/> is SIGKILL: no shutdown code runs.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private static readonly string[] ConfigurationPrefixes = ["Store__", "Edgar__", "Discord__", "Slack__", "Alerts__", "Signals__", "Web__", "Logging__"];
    private readonly Process process;
    private readonly StringBuilder output;
    private readonly List<string> lines = [];
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(string Marker, TaskCompletionSource Seen)> waiters = [];

    private BotProcess(Process process, StringBuilder output, int run)
    {
        this.process = process;
        this.output = output;
        Run = run;
    }

    public int Run { get; }

    /// <summary>Completes when the process has exited (killed or not).</summary>
    public Task Exited => exited.Task;

    /// <summary><c>InsiderBot.dll</c> beside the test assembly (the test project references the host, so it is built with it).</summary>
    public static string HostAssembly
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "InsiderBot.dll");
            Assert.True(File.Exists(path) && File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json")), $"the bot is not built beside the tests: {path}");
            return path;
        }
    }

    public static BotProcess Start(IEnumerable<string> arguments, StringBuilder output, int run)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(HostAssembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.Where(k => ConfigurationPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var bot = new BotProcess(process, output, run);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.Exited += (_, _) => bot.exited.TrySetResult();
        Assert.True(process.Start(), "dotnet did not start");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>SIGKILL to the bot and anything it started; completes when it is gone.</summary>
    public async Task KillNineAsync()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        await Exited.WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>SIGTERM: the host's graceful stop; completes when it has exited.</summary>
    public async Task StopAsync()
    {
        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await term.WaitForExitAsync();
        await Exited.WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public int ExitCode => process.ExitCode;

    /// <summary>This run's stdout and stderr lines so far, as the bot wrote them.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (output) return lines.ToList();
        }
    }

    /// <summary>One line on the bot's stdin, as a person or a script would type it.</summary>
    public async Task TypeAsync(string line)
    {
        await process.StandardInput.WriteLineAsync(line);
        await process.StandardInput.FlushAsync();
    }

    /// <summary>Completes when a line of the bot's output contains the marker (or at once if one already did).</summary>
    public Task WaitForOutputAsync(string marker)
    {
        lock (output)
        {
            if (output.ToString().Contains(marker, StringComparison.Ordinal)) return Task.CompletedTask;
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((marker, seen));
            return Task.WhenAny(seen.Task, Exited).Unwrap().WaitAsync(TimeSpan.FromSeconds(60));
        }
    }

    /// <summary>End of input: the bot's next read of stdin returns nothing.</summary>
    public void CloseInput() => process.StandardInput.Close();

    /// <summary>Completes when the process has exited and all its output has been read.</summary>
    public Task WaitForExitAsync() => process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output)
        {
            lines.Add(line);
            output.Append("[run ").Append(Run).Append("] ").AppendLine(line);
            foreach (var waiter in waiters.Where(w => line.Contains(w.Marker, StringComparison.Ordinal)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Seen.TrySetResult();
            }
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
        }

        process.Dispose();
    }
}
