using InsiderBot.Chat.Replies;

namespace InsiderBot.Chat.Alerts;

/// <summary>One alert to post into one channel.</summary>
/// <param name="DeliveryId">Stable across retries and restarts; at most 25 characters, [A-Za-z0-9-] (fits a Discord nonce).</param>
/// <param name="Workspace">Discord guild id or Slack team id.</param>
/// <param name="Channel">Discord channel id or Slack channel id.</param>
/// <param name="Message">The alert, rendered by the platform like any reply.</param>
/// <param name="ReplacesMessageId">When set, edit that earlier message (a cluster that grew) instead of posting a new one.</param>
/// <param name="IsRetry">True when an earlier attempt may have reached the platform.</param>
public sealed record AlertDelivery(
    string DeliveryId,
    string Workspace,
    string Channel,
    ChatReply Message,
    string? ReplacesMessageId = null,
    bool IsRetry = false);
