namespace InsiderBot.Benchmarks.Stores;

/// <summary>A clock stopped at one instant: "today" for commands asked about a synthetic history that ended in the past.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
