using System.Text.Json.Nodes;

namespace InsiderBot.Slack.Commands;

/// <summary>One slash-command invocation, from an HTTP form post or a Socket Mode <c>slash_commands</c> payload.</summary>
public sealed record SlackCommand(string Command, string Text, string TeamId, string ChannelId, string UserId, Uri? ResponseUrl, string? TriggerId)
{
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
