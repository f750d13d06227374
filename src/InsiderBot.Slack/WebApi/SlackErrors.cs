using InsiderBot.Chat.Alerts;

namespace InsiderBot.Slack.WebApi;

/// <summary>What an <c>ok:false</c> error code means for posting (docs.slack.dev/reference/methods/chat.postMessage#errors).</summary>
public static class SlackErrors
{
    public static readonly TimeSpan DefaultRateLimitWait = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan TransientWait = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan UnknownWait = TimeSpan.FromMinutes(1);

    public static AlertPostStatus Meaning(SlackApiResult result) => result.IsRateLimited ? AlertPostStatus.RetryLater : Meaning(result.Error);

    public static AlertPostStatus Meaning(string? error) => error switch
    {
        "not_in_channel" or "channel_not_found" or "is_archived" or "invalid_channel" or "channel_is_archived"
            or "restricted_action" or "posting_to_channel_denied" => AlertPostStatus.ChannelUnavailable,
        "invalid_auth" or "token_revoked" or "not_authed" or "account_inactive" or "token_expired"
            or "team_disabled" or "user_removed_from_team" or "no_permission" or "not_allowed_token_type" => AlertPostStatus.Fatal,
        _ => AlertPostStatus.RetryLater,
    };

    /// <summary>How long to wait before trying again after a failure that means <see cref="AlertPostStatus.RetryLater"/>.</summary>
    public static TimeSpan WaitFor(SlackApiResult result) =>
        result.IsRateLimited ? result.RetryAfter ?? DefaultRateLimitWait
        : IsTransient(result.Error) ? TransientWait
        : UnknownWait;

    public static bool IsTransient(string? error) => error is "internal_error" or "fatal_error" or "service_unavailable"
        or "request_timeout" or "request_failed" or "http_error" or "invalid_response";
}
