namespace InsiderBot.Chat.Alerts;

/// <summary>What happened to one post.</summary>
/// <param name="MessageId">Discord message id or Slack <c>ts</c> when posted.</param>
/// <param name="Detail">What the platform said, for the log (never a secret).</param>
public sealed record AlertPostResult(AlertPostStatus Status, string? MessageId = null, string? Detail = null, TimeSpan? RetryAfter = null)
{
    public static AlertPostResult Posted(string messageId) => new(AlertPostStatus.Posted, messageId);
}
