namespace InsiderBot.Slack.WebApi;

/// <summary>
/// Keeps posts within Slack's limits: at most one message a second per channel (each caller reserves the next free
/// second), and nothing to a method that answered 429 until its Retry-After has passed.
/// </summary>
public sealed class SlackPostPacer(TimeProvider time)
{
    public static readonly TimeSpan PerChannel = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> nextSlot = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> blockedUntil = new(StringComparer.Ordinal);

    /// <summary>Reserves this channel's next slot and waits for it (on <see cref="TimeProvider"/>).</summary>
    public Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (gate)
        {
            var now = time.GetUtcNow();
            var slot = nextSlot.TryGetValue(channel, out var next) && next > now ? next : now;
            nextSlot[channel] = slot + PerChannel;
            wait = slot - now;
        }

        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, time, cancellationToken);
    }

    /// <summary>Remembers a 429: <paramref name="method"/> is not called again before <paramref name="retryAfter"/> has passed.</summary>
    public void Block(string method, TimeSpan retryAfter)
    {
        lock (gate) blockedUntil[method] = time.GetUtcNow() + retryAfter;
    }

    /// <summary>How long <paramref name="method"/> is still blocked by a 429, or null when it may be called.</summary>
    public TimeSpan? BlockedFor(string method)
    {
        lock (gate)
        {
            if (!blockedUntil.TryGetValue(method, out var until)) return null;
            var left = until - time.GetUtcNow();
            if (left > TimeSpan.Zero) return left;
            blockedUntil.Remove(method);
            return null;
        }
    }
}
