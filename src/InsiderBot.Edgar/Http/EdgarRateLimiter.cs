namespace InsiderBot.Edgar.Http;

/// <summary>
/// The one gate every EDGAR request passes: at most N request starts in any 1.25 s window, and a shared pause when
/// EDGAR asks us to back off (429 Retry-After, the 403 rate-limit page). Driven by <see cref="TimeProvider"/>. The
/// quarter second over EDGAR's one-second window is for arrival jitter: starts exactly one second apart can reach
/// the SEC closer together, and a server-side count then saw 11 in a second.
/// </summary>
/// <remarks>
/// With <paramref name="quietStart"/> (the bot's limiter) the first window after construction is spent empty: a
/// process started right after another was killed cannot know how many requests that one made in its last second,
/// so it assumes the whole budget and waits one window (1.25 s once per start) instead of persisting request times.
/// </remarks>
public sealed class EdgarRateLimiter(TimeProvider time, int maxPerSecond, bool quietStart = false)
{
    public static readonly TimeSpan JitterMargin = TimeSpan.FromMilliseconds(250);

    /// <summary>The window any N request starts must span: EDGAR's second and the jitter margin.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1) + JitterMargin;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Queue<DateTimeOffset> starts = new();
    private readonly DateTimeOffset quietUntil = quietStart ? time.GetUtcNow() + Window : DateTimeOffset.MinValue;
    private long pausedUntilTicks;

    private DateTimeOffset PausedUntil => new(Interlocked.Read(ref pausedUntilTicks), TimeSpan.Zero);

    public int MaxPerSecond { get; } = Math.Clamp(maxPerSecond, 1, 10);

    /// <summary>How long every request still waits because EDGAR asked us to back off; zero when not paused.</summary>
    public TimeSpan CurrentBackoff
    {
        get
        {
            var left = PausedUntil - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>Waits until a request may start, and counts it as started.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                var paused = PausedUntil > quietUntil ? PausedUntil : quietUntil;
                if (now < paused)
                {
                    await Task.Delay(paused - now, time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                while (starts.Count > 0 && starts.Peek() <= now - Window) starts.Dequeue();
                if (starts.Count < MaxPerSecond)
                {
                    starts.Enqueue(now);
                    return;
                }

                await Task.Delay(starts.Peek() + Window - now, time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Holds every request until the given time (a later pause wins over an earlier one).</summary>
    public void PauseFor(TimeSpan duration)
    {
        var until = (time.GetUtcNow() + duration).UtcTicks;
        long seen;
        do
        {
            seen = Interlocked.Read(ref pausedUntilTicks);
            if (until <= seen) return;
        }
        while (Interlocked.CompareExchange(ref pausedUntilTicks, until, seen) != seen);
    }
}
