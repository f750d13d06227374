namespace InsiderBot.Fakes.Slack;

/// <summary>
/// Holds the next call of a method open so a test can act (kill the bot) while it is in flight: before it takes
/// effect, or after it took effect and before the answer is sent (the channel shows the message, the bot has not heard).
/// </summary>
public sealed class FakeSlackHold(bool afterPerforming)
{
    private readonly TaskCompletionSource<FakeSlackCall> arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool AfterPerforming { get; } = afterPerforming;

    /// <summary>Completes when the held call has arrived (and, with <see cref="AfterPerforming"/>, taken effect).</summary>
    public Task<FakeSlackCall> Arrived => arrived.Task;

    /// <summary>Lets the call go on: answered normally, or dropped (connection aborted) when <paramref name="answer"/> is false.</summary>
    public void Release(bool answer = true) => released.TrySetResult(answer);

    internal void Arrive(FakeSlackCall call) => arrived.TrySetResult(call);

    internal Task<bool> Released => released.Task;
}
