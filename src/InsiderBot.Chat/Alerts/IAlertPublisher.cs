namespace InsiderBot.Chat.Alerts;

/// <summary>
/// A platform's way of posting an alert into a channel. Implementations must be idempotent per
/// <see cref="AlertDelivery.DeliveryId"/>: a retried delivery never shows twice in the channel (Discord: a
/// <c>nonce</c> with <c>enforce_nonce</c>; Slack: check the channel for the delivery's message metadata before re-posting).
/// </summary>
public interface IAlertPublisher
{
    /// <summary>"discord", "slack" or "console": matches <see cref="ChatOrigin.Platform"/> of the subscription.</summary>
    string Platform { get; }

    Task<AlertPostResult> PostAsync(AlertDelivery delivery, CancellationToken cancellationToken);
}
