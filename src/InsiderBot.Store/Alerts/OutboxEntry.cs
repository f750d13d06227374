namespace InsiderBot.Store.Alerts;

/// <summary>One alert waiting for (or done with) delivery to one channel.</summary>
/// <param name="DeliveryId">Stable across retries and restarts: the platform's idempotency key (Discord nonce).</param>
/// <param name="Message">The alert as the chat layer serialised it; the store does not read it.</param>
/// <param name="DigestId">Set before a digest standing for this entry is posted, so a repeat after a crash is the same digest.</param>
/// <param name="Version">Grows when the signal's evidence grows (a fourth buyer): a later version edits the earlier message.</param>
public sealed record OutboxEntry(
    string DeliveryId,
    string SubscriptionId,
    string Platform,
    string Workspace,
    string Channel,
    string SignalId,
    int Version,
    string Message,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    int Attempts = 0,
    OutboxStatus Status = OutboxStatus.Pending,
    string? MessageId = null,
    string? LastError = null,
    string? DigestId = null);
