namespace InsiderBot.Chat.Alerts;

public enum AlertPostStatus
{
    /// <summary>The channel shows the message; <see cref="AlertPostResult.MessageId"/> identifies it.</summary>
    Posted,
    /// <summary>A transient failure (rate limit, 5xx, timeout): try again after <see cref="AlertPostResult.RetryAfter"/>.</summary>
    RetryLater,
    /// <summary>The bot can no longer post there (403/404, not_in_channel, archived): pause the subscription.</summary>
    ChannelUnavailable,
    /// <summary>The platform refuses the bot itself (revoked token): stop posting on this platform.</summary>
    Fatal,
}
