namespace InsiderBot.Chat.Alerts;

/// <summary>Wakes the dispatcher when new alerts are committed, so delivery does not wait for the next timer tick.</summary>
public sealed class AlertWakeup
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Signal()
    {
        try
        {
            if (signal.CurrentCount == 0) signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    /// <summary>Waits for a signal or the timeout on the given clock, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = signal.WaitAsync(linked.Token);
        var timer = Task.Delay(timeout, time, linked.Token);
        await Task.WhenAny(woken, timer);
        await linked.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
