using InsiderBot.Edgar.Http;
using Microsoft.Extensions.Time.Testing;

namespace InsiderBot.Edgar.Tests.Http;

public sealed class EdgarRateLimiterTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_eleventh_request_in_a_second_waits_until_the_first_leaves_the_window()
    {
        var time = new FakeTimeProvider();
        var limiter = new EdgarRateLimiter(time, 10);
        for (var i = 0; i < 10; i++) await limiter.WaitAsync(CancellationToken.None).WaitAsync(Bound);

        var eleventh = limiter.WaitAsync(CancellationToken.None);
        Assert.False(eleventh.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(eleventh.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await eleventh.WaitAsync(Bound);
    }

    [Fact]
    public async Task Concurrent_callers_start_at_most_the_limit_per_second()
    {
        var time = new FakeTimeProvider();
        var limiter = new EdgarRateLimiter(time, 4);
        var started = 0;
        var callers = Enumerable.Range(0, 12).Select(async _ =>
        {
            await limiter.WaitAsync(CancellationToken.None);
            Interlocked.Increment(ref started);
        }).ToList();

        for (var second = 1; second <= 3; second++)
        {
            Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref started) >= 4 * second, Bound), $"second {second}: only {started} started");
            Assert.Equal(4 * second, Volatile.Read(ref started));
            time.Advance(TimeSpan.FromSeconds(1));
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
