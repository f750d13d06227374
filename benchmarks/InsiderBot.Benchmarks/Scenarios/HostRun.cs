namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>One run of the product host: its peak RSS (VmHWM), wall time, exit code and what it printed.</summary>
public sealed record HostRun(double PeakMb, double Seconds, int ExitCode, string Output);
