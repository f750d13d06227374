namespace InsiderBot.Fakes;

/// <summary>
/// What a fake platform's tests wait on: <see cref="Changed"/> when the fake's visible state changes (a message
/// created or edited), <see cref="WaitUntilAsync"/> re-checks a condition at each change, bounded by a timeout.
/// Compiled into each fake (linked source), so the fakes stay free of project references.
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Changed() => Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (true)
        {
            var next = Volatile.Read(ref changed).Task;
            if (condition()) return;
            await next.WaitAsync(limit.Token);
        }
    }
}
