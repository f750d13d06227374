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

    /// <summary>
    /// The <c>response_url</c> body answering a pressed button: a page replaces the message the button is on; a refusal
    /// is added privately and leaves the message as it was.
    /// </summary>
    public JsonObject ToReplacement() => Ephemeral
        ? new JsonObject { ["response_type"] = "ephemeral", ["replace_original"] = false, ["text"] = Text, ["blocks"] = Blocks.DeepClone() }
        : new JsonObject { ["replace_original"] = true, ["text"] = Text, ["blocks"] = Blocks.DeepClone() };
}
