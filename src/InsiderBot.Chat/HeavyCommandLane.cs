namespace InsiderBot.Chat;

/// <summary>
/// Runs commands that may draw charts (<see cref="IChatCommand.MayAttachChart"/>) at most <see cref="Width"/> at a time
/// (half the cores, at least one), shared by every platform. Unbounded, a burst of them fills every thread-pool thread
/// with CPU work, and the cheap parts that must stay fast (reading requests, verifying signatures, timers, writing
/// acknowledgements) queue behind them past Discord's and Slack's 3 s deadlines. Waiting commands hold no thread; the
/// platform acknowledges them at once and delivers the answer when their turn comes.
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
