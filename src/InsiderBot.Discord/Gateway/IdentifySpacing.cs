namespace InsiderBot.Discord.Gateway;

/// <summary>
/// Discord allows one IDENTIFY per 5 s in each <c>max_concurrency</c> bucket (<c>shard_id % max_concurrency</c>), and
/// answers a faster one with op 9. This bot runs one unsharded connection, so it lives in bucket 0 whatever
/// <c>max_concurrency</c> says: its IDENTIFYs are spaced at least 5 s apart.
/// </summary>
internal sealed class IdentifySpacing(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private DateTimeOffset? last;

    /// <summary>How long to wait before the next IDENTIFY may be sent.</summary>
    public TimeSpan WaitBeforeNext()
    {
        if (last is not { } previous) return TimeSpan.Zero;
        var wait = previous + Interval - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    public void Identified() => last = time.GetUtcNow();
}
