using InsiderBot.Chat;

namespace InsiderBot.Slack.WebApi;

/// <summary>HTTP mode's readiness: the Web API answers <c>auth.test</c> with the bot token.</summary>
public sealed class SlackApiProbe(SlackWebApi api, TimeProvider time) : PlatformApiProbe("slack", time)
{
    protected override async Task<string?> AskAsync(CancellationToken cancellationToken)
    {
        var result = await api.CallFormAsync("auth.test", [], cancellationToken);
        return result.Ok ? null : result.Error ?? $"HTTP {result.HttpStatus}";
    }
}
