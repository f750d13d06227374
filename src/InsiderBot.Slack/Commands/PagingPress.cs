using System.Text.Json.Nodes;
using InsiderBot.Chat.Paging;

namespace InsiderBot.Slack.Commands;

/// <summary>
/// A <c>block_actions</c> payload (HTTP form field <c>payload</c>, or a Socket Mode <c>interactive</c> envelope) read as
/// the command of the page its button carries. A payload that is no paging press gives null; a button whose value is
/// no command line gives a command with an empty name, which is answered as stale.
/// </summary>
public static class PagingPress
{
    public const string PayloadType = "block_actions";

    public static SlackCommand? From(JsonObject? payload)
    {
        if (payload?["type"]?.ToString() != PayloadType || payload["actions"] is not JsonArray { Count: > 0 } actions) return null;
        var value = actions[0]?["value"]?.ToString();
        var (command, text) = ("", "");
        if (PageButtons.IsCommandLine(value))
        {
            var line = value!.Trim();
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            (command, text) = space < 0 ? (line, "") : (line[..space], line[(space + 1)..]);
        }

        Uri.TryCreate(payload["response_url"]?.ToString(), UriKind.Absolute, out var responseUrl);
        return new SlackCommand(command, text, payload["team"]?["id"]?.ToString() ?? "", payload["channel"]?["id"]?.ToString() ?? "",
            payload["user"]?["id"]?.ToString() ?? "", responseUrl, payload["trigger_id"]?.ToString())
        {
            ReplacesOriginal = true,
        };
    }
}
