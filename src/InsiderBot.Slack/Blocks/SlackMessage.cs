using System.Text.Json.Nodes;

namespace InsiderBot.Slack.Blocks;

/// <summary>A rendered reply: Block Kit blocks plus the plain-text <c>text</c> used for notifications and old clients.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks, bool Ephemeral)
{
    /// <summary>The body of a slash-command answer (inline, ack payload or <c>response_url</c>).</summary>
    public JsonObject ToCommandResponse() => new()
    {
        ["response_type"] = Ephemeral ? "ephemeral" : "in_channel",
        ["text"] = Text,
        ["blocks"] = Blocks.DeepClone(),
    };
}
