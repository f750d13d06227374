#pragma warning disable CA1050 // the runtime finds a startup hook by this exact name, in no namespace

/// <summary>
/// Loaded into the real bot process through <c>DOTNET_STARTUP_HOOKS</c> by tests that measure it: when the process
/// exits, writes its peak resident set (the <c>VmHWM</c> line of <c>/proc/self/status</c>) to the file named by
/// <see cref="PeakRssFileVariable"/>. Does nothing when that variable is not set.
/// </summary>
internal static class StartupHook
{
    public const string PeakRssFileVariable = "INSIDERBOT_TEST_PEAK_RSS_FILE";

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(PeakRssFileVariable) is not { Length: > 0 } target) return;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            File.WriteAllText(target, File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) ?? "");
    }
}
