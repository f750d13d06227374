using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace InsiderBot.Chat;

/// <summary>
/// Answers a platform has acknowledged ("thinking…") but not yet delivered. On shutdown the host waits up to
/// <see cref="DrainFor"/> for them; then <see cref="Abandoned"/> is cancelled and each one still running replaces its
/// "thinking…" with <see cref="RestartingText"/> (within <see cref="FallbackFor"/>), so no user waits forever. Both
/// fit in Docker's default 10 s stop grace and the host's 30 s shutdown timeout.
/// </summary>
public sealed class AnswersInFlight(TimeProvider time) : IHostedService
{
    public static readonly TimeSpan DrainFor = TimeSpan.FromSeconds(6);
    public static readonly TimeSpan FallbackFor = TimeSpan.FromSeconds(3);
    public const string RestartingText = "The bot is restarting and could not finish this answer; try again in a minute.";

    private readonly CancellationTokenSource abandon = new();
    private readonly TaskCompletionSource draining = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<Task, byte> running = new();

    /// <summary>The token answer work runs under: cancelled only when shutdown has waited <see cref="DrainFor"/>.</summary>
    public CancellationToken Abandoned => abandon.Token;

    /// <summary>Tracks one answer's work until it ends; the work handles its own failures.</summary>
    public void Track(Task work)
    {
        running.TryAdd(work, 0);
        _ = work.ContinueWith(done => running.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public int Count => running.Count;

    /// <summary>Completes when shutdown has begun waiting for the answers in flight.</summary>
    public Task Draining => draining.Task;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var drained = WaitAsync(DrainFor, cancellationToken);
        draining.TrySetResult();
        await drained;
        await abandon.CancelAsync();
        await WaitAsync(FallbackFor, CancellationToken.None);
    }

    private async Task WaitAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var all = Task.WhenAll(running.Keys.Select(t => t.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)));
        try
        {
            await all.WaitAsync(limit, time, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            // Whatever is left is abandoned (or, after the fallback, dropped with the process).
        }
    }
}
