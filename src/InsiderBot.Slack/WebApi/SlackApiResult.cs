using System.Text.Json.Nodes;

namespace InsiderBot.Slack.WebApi;

/// <summary>One Web API answer: <c>ok</c>, the error code when not, the body, and the wait Slack asked for on 429.</summary>
public sealed record SlackApiResult(bool Ok, string? Error, JsonObject Body, int HttpStatus, TimeSpan? RetryAfter = null)
{
    public bool IsRateLimited => HttpStatus == 429 || Error is "ratelimited" or "rate_limited";

    public string? Text(string property) => Body[property]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? Body[property]!.GetValue<string>() : null;

    public static SlackApiResult Failed(string error, int status = 0) => new(false, error, [], status);
}
