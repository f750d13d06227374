namespace InsiderBot.Fakes.Discord;

/// <summary>
/// Holds the next message post open so a test can act (kill the bot) while it is in flight: before the message is
/// created, or after it is created and before the answer is sent (the channel shows it, the bot has not heard).
/// </summary>
public sealed class FakeHold(bool afterCreating)
{
    private readonly TaskCompletionSource<RecordedRequest> arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool AfterCreating { get; } = afterCreating;

    /// <summary>Completes when the held request has arrived (and, with <see cref="AfterCreating"/>, the message exists).</summary>
    public Task<RecordedRequest> Arrived => arrived.Task;

    /// <summary>Lets the request go on: answered normally, or dropped (connection aborted, nothing created) when <paramref name="answer"/> is false.</summary>
    public void Release(bool answer = true) => released.TrySetResult(answer);

    internal void Arrive(RecordedRequest request) => arrived.TrySetResult(request);

    internal Task<bool> Released => released.Task;
}
