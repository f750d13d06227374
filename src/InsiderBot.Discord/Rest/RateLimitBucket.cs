namespace InsiderBot.Discord.Rest;

/// <summary>What Discord last said about one bucket: how many requests are left and when it refills.</summary>
internal sealed class RateLimitBucket
{
    private readonly Lock gate = new();
    private int? remaining;
    private DateTimeOffset resetAt = DateTimeOffset.MinValue;
    private DateTimeOffset blockedUntil = DateTimeOffset.MinValue;
    private long lastUsedTicks;

    /// <summary>One request at a time per bucket, so two requests never race for the last slot.</summary>
    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>Marks the bucket as in use now (it is looked up for every request).</summary>
    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref lastUsedTicks, now.UtcTicks);

    /// <summary>Unused for <paramref name="idleFor"/>, limiting nothing any more and not held: safe to forget.</summary>
    public bool IsIdle(DateTimeOffset now, TimeSpan idleFor) =>
        now.UtcTicks - Interlocked.Read(ref lastUsedTicks) >= idleFor.Ticks && Turn.CurrentCount == 1 && WaitFrom(now) == TimeSpan.Zero;

    /// <summary>How long to wait before the next request may go, given what the headers said.</summary>
    public TimeSpan WaitFrom(DateTimeOffset now)
    {
        lock (gate)
        {
            var until = blockedUntil;
            if (remaining is 0 && resetAt > until) until = resetAt;
            return until > now ? until - now : TimeSpan.Zero;
        }
    }

    public void Update(int? left, DateTimeOffset? reset)
    {
        lock (gate)
        {
            if (left is not null) remaining = left;
            if (reset is { } at) resetAt = at;
        }
    }

    /// <summary>A 429 on this bucket: nothing goes before <paramref name="until"/>.</summary>
    public void Block(DateTimeOffset until)
    {
        lock (gate)
        {
            if (until > blockedUntil) blockedUntil = until;
            remaining = 0;
            if (until > resetAt) resetAt = until;
        }
    }
}
