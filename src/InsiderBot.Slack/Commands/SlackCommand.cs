using System.Text.Json.Nodes;

namespace InsiderBot.Slack.Commands;

/// <summary>
/// One slash-command invocation, from an HTTP form post or a Socket Mode <c>slash_commands</c> payload; or a pressed
/// paging button (<see cref="PagingPress.From"/>), whose answer replaces the message the button is on.
/// </summary>
public sealed record SlackCommand(string Command, string Text, string TeamId, string ChannelId, string UserId, Uri? ResponseUrl, string? TriggerId)
{
    /// <summary>True for a pressed paging button: the answer goes to <c>response_url</c> and replaces the listing (a refusal is added privately instead).</summary>
    public bool ReplacesOriginal { get; init; }

    /// <summary>The command name without the slash, lower case.</summary>
    public string Name => Command.TrimStart('/').ToLowerInvariant();

    /// <summary>The typed text as Slack sends it, with its three HTML entities decoded.</summary>
    public string PlainText => Text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    public static SlackCommand? From(Func<string, string?> field)
    {
        var command = field("command");
        if (string.IsNullOrWhiteSpace(command)) return null;
        Uri.TryCreate(field("response_url"), UriKind.Absolute, out var responseUrl);
        return new SlackCommand(command, field("text") ?? "", field("team_id") ?? "", field("channel_id") ?? "", field("user_id") ?? "",
            responseUrl, field("trigger_id"));
    }

    public static SlackCommand? FromPayload(JsonObject? payload) => payload is null ? null : From(name => payload[name]?.ToString());
}
