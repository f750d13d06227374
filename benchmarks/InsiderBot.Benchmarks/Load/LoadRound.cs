namespace InsiderBot.Benchmarks.Load;

/// <summary>What one paced round measured: each request's latency from its scheduled start (ms), errors, and the pacer's worst lateness.</summary>
public sealed record LoadRound(string Target, double[] LatenciesMs, int Errors, double WorstPacerLagMs, IReadOnlyDictionary<string, int> Outcomes);
