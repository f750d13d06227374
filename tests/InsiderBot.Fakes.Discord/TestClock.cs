using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace InsiderBot.Fakes.Discord;

/// <summary>A <see cref="FakeTimeProvider"/> that tells the test when code starts waiting, so the test advances time only then.</summary>
public sealed class TestClock() : FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero))
{
    private readonly Channel<TimeSpan> timers = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Announce only once the timer is registered, so a test that advances on the signal always fires it.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan) timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer the code under test creates.</summary>
    public async Task<TimeSpan> NextTimerAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await timers.Reader.ReadAsync(limit.Token);
    }

    /// <summary>Waits for the next timer with exactly this due time (others, like heartbeats, are skipped).</summary>
    public async Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> which, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var due = await timers.Reader.ReadAsync(limit.Token);
            if (which(due)) return due;
        }
    }
}
