using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace InsiderBot.Discord.Rest;

/// <summary>
/// Per-route buckets learned from <c>X-RateLimit-*</c> headers (never hard-coded), plus the bot-wide global limit
/// (50 requests a second, and a pause when Discord says <c>global: true</c> or Cloudflare answers with HTML). Every
/// interaction token is a bucket of its own, so buckets idle for <see cref="IdleAfter"/> are forgotten: memory stays
/// bounded by the traffic of the last minutes, not by every interaction ever answered.
/// </summary>
public sealed class DiscordRateLimiter(TimeProvider time)
{
    public const int GlobalPerSecond = 50;
    public static readonly TimeSpan IdleAfter = TimeSpan.FromMinutes(1);
    private const int MinSweepAt = 1024;
    private readonly Lock sweepGate = new();
    private int sweepAt = MinSweepAt;
    private int count; // ConcurrentDictionary.Count takes every lock; this is read on every request
    private readonly ConcurrentDictionary<string, string> bucketOfRoute = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new();
    private readonly Queue<DateTimeOffset> recent = new();
    private readonly Lock globalGate = new();
    private DateTimeOffset globalUntil = DateTimeOffset.MinValue;

    /// <summary>When the bot as a whole may send again (after a global 429 or a Cloudflare ban).</summary>
    public DateTimeOffset GlobalPausedUntil
    {
        get { lock (globalGate) return globalUntil; }
    }

    /// <summary>How many buckets are remembered.</summary>
    public int BucketCount => Volatile.Read(ref count);

    internal RateLimitBucket BucketFor(DiscordRoute route)
    {
        var id = bucketOfRoute.TryGetValue(route.Template, out var hash) ? hash : route.Template;
        var now = time.GetUtcNow();
        var key = id + "|" + route.Major;
        if (!buckets.TryGetValue(key, out var bucket))
        {
            var fresh = new RateLimitBucket();
            bucket = buckets.GetOrAdd(key, fresh);
            if (ReferenceEquals(bucket, fresh)) Interlocked.Increment(ref count);
        }

        bucket.Touch(now);
        if (BucketCount >= Volatile.Read(ref sweepAt)) ForgetIdle(now);
        return bucket;
    }

    /// <summary>Drops idle buckets; the next sweep comes when the count has doubled, so the work stays linear overall.</summary>
    private void ForgetIdle(DateTimeOffset now)
    {
        lock (sweepGate)
        {
            if (BucketCount < sweepAt) return;
            foreach (var (key, bucket) in buckets)
                if (bucket.IsIdle(now, IdleAfter) && buckets.TryRemove(key, out _)) Interlocked.Decrement(ref count);
            Volatile.Write(ref sweepAt, Math.Max(MinSweepAt, BucketCount * 2));
        }
    }

    /// <summary>Waits out a global pause and keeps under 50 requests a second (interaction callbacks are exempt).</summary>
    internal async Task WaitGlobalAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (globalGate)
            {
                var now = time.GetUtcNow();
                wait = globalUntil > now ? globalUntil - now : TimeSpan.Zero;
                if (wait == TimeSpan.Zero && !route.IsInteractionCallback)
                {
                    while (recent.Count > 0 && recent.Peek() <= now - TimeSpan.FromSeconds(1)) recent.Dequeue();
                    if (recent.Count >= GlobalPerSecond) wait = recent.Peek() + TimeSpan.FromSeconds(1) - now;
                    else recent.Enqueue(now);
                }
            }

            if (wait <= TimeSpan.Zero) return;
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Reads the bucket headers of any response.</summary>
    internal void Learn(DiscordRoute route, HttpResponseHeaders headers)
    {
        var hash = Header(headers, "X-RateLimit-Bucket");
        if (hash is not null) bucketOfRoute[route.Template] = hash;
        var remaining = int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var left) ? left : (int?)null;
        var resetAfter = Seconds(Header(headers, "X-RateLimit-Reset-After"));
        if (remaining is null && resetAfter is null) return;
        BucketFor(route).Update(remaining, resetAfter is { } after ? time.GetUtcNow() + after : null);
    }

    internal void Block(DiscordRoute route, TimeSpan retryAfter) => BucketFor(route).Block(time.GetUtcNow() + retryAfter);

    internal void PauseGlobal(TimeSpan pause)
    {
        lock (globalGate)
        {
            var until = time.GetUtcNow() + pause;
            if (until > globalUntil) globalUntil = until;
        }
    }

    internal static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    internal static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;
}
