using Microsoft.Extensions.Time.Testing;

namespace InsiderBot.Edgar.Tests.Support;

/// <summary>
/// A fake clock that jumps forward by exactly the delay whenever code under test waits on it, so rate limits,
/// Retry-After pauses and ten-minute cool-downs take no real time while every timestamp stays consistent.
/// </summary>
public sealed class SteppingTime(DateTimeOffset start) : TimeProvider
{
    private readonly FakeTimeProvider fake = new(start);

    public FakeTimeProvider Fake => fake;

    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override long GetTimestamp() => fake.GetTimestamp();

    public override long TimestampFrequency => fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = fake.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
            ThreadPool.QueueUserWorkItem(_ => fake.Advance(dueTime));
        return timer;
    }
}
