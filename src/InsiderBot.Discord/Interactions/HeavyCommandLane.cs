namespace InsiderBot.Discord.Interactions;

/// <summary>
/// Runs commands that draw charts at most <see cref="Width"/> at a time (half the cores, at least one). Unbounded, a
/// burst of them fills every thread-pool thread with CPU work, and the cheap parts that must stay fast (reading requests,
/// verifying signatures, the defer timer, writing acknowledgements) queue behind them past Discord's 3 s deadline.
/// Waiting commands hold no thread; they are acknowledged with a deferral and completed when their turn comes.
/// </summary>
public sealed class HeavyCommandLane
{
    public static readonly int Width = Math.Max(1, Environment.ProcessorCount / 2);

    private readonly SemaphoreSlim slots = new(Width, Width);

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(work, cancellationToken);
        }
        finally
        {
            slots.Release();
        }
    }
}
