using System.ComponentModel.DataAnnotations;

namespace InsiderBot.Slack;

/// <summary>The <c>Slack</c> section. Tokens and the signing secret are secrets: never log them.</summary>
public sealed class SlackOptions : IValidatableObject
{
    public const string Section = "Slack";
    public const string SocketMode = "socket";
    public const string HttpMode = "http";

    /// <summary>The bot token (<c>xoxb-…</c>) for the Web API.</summary>
    [Required(ErrorMessage = "Slack needs a bot token: set Slack:BotToken (xoxb-…, from OAuth & Permissions).")]
    public string BotToken { get; set; } = "";

    /// <summary>The app-level token (<c>xapp-…</c>, scope connections:write) for Socket Mode.</summary>
    public string AppToken { get; set; } = "";

    /// <summary>The signing secret that verifies HTTP slash commands.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary><c>socket</c> (default, no public URL needed) or <c>http</c> (POST /slack/commands).</summary>
    public string Mode { get; set; } = SocketMode;

    [Required(ErrorMessage = "Set Slack:ApiBaseUrl to the Web API base, normally https://slack.com/api.")]
    public string ApiBaseUrl { get; set; } = "https://slack.com/api";

    /// <summary>Users (U…) who may run /subscribe and /unsubscribe besides workspace admins and owners.</summary>
    public List<string> AdminUserIds { get; set; } = [];

    public bool IsHttpMode => string.Equals(Mode, HttpMode, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsHttpMode && !string.Equals(Mode, SocketMode, StringComparison.OrdinalIgnoreCase))
            yield return new ValidationResult($"Slack:Mode must be 'socket' or 'http', not '{Mode}'.", [nameof(Mode)]);
        else if (IsHttpMode && string.IsNullOrWhiteSpace(SigningSecret))
            yield return new ValidationResult("Slack:Mode is http, so set Slack:SigningSecret (Basic Information → Signing Secret).", [nameof(SigningSecret)]);
        else if (!IsHttpMode && string.IsNullOrWhiteSpace(AppToken))
            yield return new ValidationResult("Slack:Mode is socket, so set Slack:AppToken (an xapp-… app-level token with connections:write), or set Slack:Mode to http.", [nameof(AppToken)]);
        else if (!IsHttpMode && !AppToken.StartsWith("xapp-", StringComparison.Ordinal))
            yield return new ValidationResult("Slack:AppToken must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write), not a bot or user token.", [nameof(AppToken)]);

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
            yield return new ValidationResult($"Slack:ApiBaseUrl must be an absolute http(s) URL such as https://slack.com/api, not '{ApiBaseUrl}'.", [nameof(ApiBaseUrl)]);

        foreach (var id in AdminUserIds.Where(id => string.IsNullOrWhiteSpace(id) || id.Any(char.IsWhiteSpace)))
            yield return new ValidationResult($"Slack:AdminUserIds holds '{id}', which is not a Slack user id such as U0123ABCD.", [nameof(AdminUserIds)]);
    }

    /// <summary>The Web API method URL: <c>{ApiBaseUrl}/{method}</c>.</summary>
    public Uri MethodUri(string method) => new($"{ApiBaseUrl.TrimEnd('/')}/{method}");
}
