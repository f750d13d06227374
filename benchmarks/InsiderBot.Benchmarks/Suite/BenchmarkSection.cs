namespace InsiderBot.Benchmarks.Suite;

/// <summary>A measured section: its title, the command that reproduces it, and the markdown body (tables, findings).</summary>
public sealed record BenchmarkSection(string Title, string Reproduce, string Body);
