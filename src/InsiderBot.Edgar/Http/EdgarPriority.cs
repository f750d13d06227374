namespace InsiderBot.Edgar.Http;

/// <summary>
/// Live polling keeps priority over history work on the one EDGAR rate limit: while a poll runs
/// (<see cref="Foreground"/>), requests made inside <see cref="Background"/> wait before they take a slot, so a poll
/// is held up by at most the one background request already started.
/// </summary>
public sealed class EdgarPriority
{
    private static readonly AsyncLocal<bool> InBackground = new();
    private readonly Lock gate = new();
    private int running;
    private TaskCompletionSource idle = Completed();

    /// <summary>Marks the calling flow (and everything it awaits) as background work until disposed.</summary>
    public static IDisposable Background()
    {
        var before = InBackground.Value;
        InBackground.Value = true;
        return new Scope(() => InBackground.Value = before);
    }

    /// <summary>A live poll is running until disposed: background requests wait.</summary>
    public IDisposable Foreground()
    {
        lock (gate)
        {
            if (running++ == 0) idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return new Scope(() =>
        {
            lock (gate)
            {
                if (--running == 0) idle.TrySetResult();
            }
        });
    }

    /// <summary>Completes at once for foreground work; for background work, once no live poll is running.</summary>
    public Task YieldAsync(CancellationToken cancellationToken)
    {
        if (!InBackground.Value) return Task.CompletedTask;
        lock (gate) return idle.Task.IsCompleted ? Task.CompletedTask : idle.Task.WaitAsync(cancellationToken);
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    private sealed class Scope(Action end) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) end();
        }
    }
}
