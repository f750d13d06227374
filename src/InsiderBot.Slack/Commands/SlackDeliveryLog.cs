namespace InsiderBot.Slack.Commands;

/// <summary>
/// Remembers what was already executed (a command's trigger_id, an envelope id) for half an hour, so a delivery that
/// Slack retries is answered once.
/// </summary>
public sealed class SlackDeliveryLog(TimeProvider time)
{
    public static readonly TimeSpan Memory = TimeSpan.FromMinutes(30);
    private const int MaxEntries = 10_000;

    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> order = new();

    /// <summary>True the first time <paramref name="key"/> is offered; false for every repeat within <see cref="Memory"/>.</summary>
    public bool FirstTime(string key)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            while (order.Count > 0 && (now - order.Peek().At > Memory || order.Count > MaxEntries))
            {
                var (old, at) = order.Dequeue();
                if (seen.TryGetValue(old, out var stored) && stored == at) seen.Remove(old);
            }

            if (seen.ContainsKey(key)) return false;
            seen[key] = now;
            order.Enqueue((key, now));
            return true;
        }
    }
}
