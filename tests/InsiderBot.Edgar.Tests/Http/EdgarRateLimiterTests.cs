using InsiderBot.Edgar.Http;
using Microsoft.Extensions.Time.Testing;

namespace InsiderBot.Edgar.Tests.Http;

public sealed class EdgarRateLimiterTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_eleventh_request_waits_until_the_first_is_a_second_and_a_jitter_margin_old()
    {
        var time = new RecordingClock();
        var limiter = new EdgarRateLimiter(time, 10);
        for (var i = 0; i < 10; i++) await limiter.WaitAsync(CancellationToken.None).WaitAsync(Bound);

        var eleventh = limiter.WaitAsync(CancellationToken.None);
        Assert.False(eleventh.IsCompleted);
        // Exactly one second after the first is too early: with arrival jitter EDGAR would count 11 within its second.
        Assert.Equal(TimeSpan.FromMilliseconds(1250), Assert.Single(time.DueTimes));
        time.Advance(TimeSpan.FromMilliseconds(1249));
        Assert.False(eleventh.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await eleventh.WaitAsync(Bound);
    }

    [Fact]
    public async Task A_limiter_started_after_a_kill_spends_its_first_window_empty_so_both_processes_together_stay_within_the_limit()
    {
        var time = new FakeTimeProvider();
        var killed = new EdgarRateLimiter(time, 10, quietStart: true);
        time.Advance(EdgarRateLimiter.Window);
        var starts = new List<DateTimeOffset>();
        for (var i = 0; i < 10; i++)
        {
            await killed.WaitAsync(CancellationToken.None).WaitAsync(Bound);
            starts.Add(time.GetUtcNow());
            time.Advance(TimeSpan.FromMilliseconds(10));
        }

        // The process is killed after its tenth request; the next one starts at once with a fresh limiter.
        var restarted = new EdgarRateLimiter(time, 10, quietStart: true);
        var next = Enumerable.Range(0, 10).Select(_ => restarted.WaitAsync(CancellationToken.None)).ToList();
        Assert.DoesNotContain(next, t => t.IsCompleted);
        time.Advance(EdgarRateLimiter.Window - TimeSpan.FromMilliseconds(1));
        Assert.DoesNotContain(next, t => t.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await Task.WhenAll(next).WaitAsync(Bound);
        starts.AddRange(next.Select(_ => time.GetUtcNow()));

        var busiest = starts.Max(s => starts.Count(o => o >= s && o < s + EdgarRateLimiter.Window));
        Assert.Equal(10, busiest);
    }

    /// <summary>A fake clock that remembers the due time of every timer the limiter sets.</summary>
    private sealed class RecordingClock : FakeTimeProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<TimeSpan> dueTimes = new();

        public IReadOnlyList<TimeSpan> DueTimes => dueTimes.ToList();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime != Timeout.InfiniteTimeSpan) dueTimes.Enqueue(dueTime);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }

    [Fact]
    public async Task Concurrent_callers_start_at_most_the_limit_per_window()
    {
        var time = new RecordingClock();
        var limiter = new EdgarRateLimiter(time, 4);
        var started = 0;
        var callers = Enumerable.Range(0, 12).Select(async _ =>
        {
            await limiter.WaitAsync(CancellationToken.None);
            Interlocked.Increment(ref started);
        }).ToList();

        for (var second = 1; second <= 3; second++)
        {
            // Advance only once the next window's first caller has set its timer: one that read the clock before the
            // advance but set its timer after it would wait a window the test never gives.
            var timers = Math.Min(second, 2);
            Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref started) >= 4 * second && time.DueTimes.Count >= timers, Bound),
                $"second {second}: only {started} started, {time.DueTimes.Count} timers set");
            Assert.Equal(4 * second, Volatile.Read(ref started));
            time.Advance(TimeSpan.FromSeconds(1) + EdgarRateLimiter.JitterMargin);
        }

        await Task.WhenAll(callers).WaitAsync(Bound);
    }

    [Fact]
    public async Task A_pause_holds_every_request_until_it_ends()
    {
        var time = new FakeTimeProvider();
        var limiter = new EdgarRateLimiter(time, 10);
        limiter.PauseFor(TimeSpan.FromMinutes(10));
        Assert.Equal(TimeSpan.FromMinutes(10), limiter.CurrentBackoff);

        var waiting = limiter.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromMinutes(1));
        await waiting.WaitAsync(Bound);
        Assert.Equal(TimeSpan.Zero, limiter.CurrentBackoff);
    }

    [Fact]
    public void A_limit_above_the_secs_ten_is_clamped() => Assert.Equal(10, new EdgarRateLimiter(TimeProvider.System, 50).MaxPerSecond);
}
