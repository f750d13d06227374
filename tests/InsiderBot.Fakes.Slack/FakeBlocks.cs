using System.Text.Json.Nodes;

namespace InsiderBot.Fakes.Slack;

/// <summary>
/// Block Kit as Slack checks it (docs.slack.dev/reference/block-kit): at most 50 blocks, block_id and action_id of at
/// most 255 characters, block_ids unique in a message and action_ids unique in a block, an actions block of at most 25
/// elements, button text of at most 75 characters and value of at most 2,000. A message that breaks a rule is refused
/// whole (<c>invalid_blocks</c>).
/// </summary>
public static class FakeBlocks
{
    public const int MaxBlocks = 50;
    public const int MaxId = 255;
    public const int MaxActions = 25;
    public const int MaxButtonText = 75;
    public const int MaxValue = 2000;

    /// <summary>Why Slack would refuse the message's blocks; empty when it accepts them.</summary>
    public static IReadOnlyList<string> Problems(JsonObject message)
    {
        if (message["blocks"] is not JsonArray blocks) return [];
        var problems = new List<string>();
        if (blocks.Count > MaxBlocks) problems.Add($"{blocks.Count} blocks (at most {MaxBlocks})");
        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks.OfType<JsonObject>())
        {
            if (block["block_id"]?.ToString() is { } blockId)
            {
                if (blockId.Length > MaxId) problems.Add($"block_id of {blockId.Length} characters (at most {MaxId})");
                if (!blockIds.Add(blockId)) problems.Add($"block_id '{blockId}' used twice");
            }

            if (block["type"]?.ToString() != "actions") continue;
            var elements = block["elements"] as JsonArray ?? [];
            if (elements.Count is 0 or > MaxActions) problems.Add($"an actions block holds {elements.Count} elements (1 to {MaxActions})");
            var actionIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in elements.OfType<JsonObject>())
            {
                if (element["action_id"]?.ToString() is { } actionId)
                {
                    if (actionId.Length > MaxId) problems.Add($"action_id of {actionId.Length} characters (at most {MaxId})");
                    if (!actionIds.Add(actionId)) problems.Add($"action_id '{actionId}' used twice in a block");
                }

                if (element["type"]?.ToString() != "button") continue;
                var text = element["text"]?["text"]?.ToString() ?? "";
                if (text.Length is 0 or > MaxButtonText) problems.Add($"button text of {text.Length} characters (1 to {MaxButtonText})");
                if (element["value"]?.ToString() is { Length: > MaxValue } value) problems.Add($"button value of {value.Length} characters (at most {MaxValue})");
            }
        }

        return problems;
    }

    /// <summary>
    /// The <c>block_actions</c> payload Slack sends when a user presses the button labelled <paramref name="label"/> on
    /// <paramref name="message"/>; its <c>response_url</c> is recorded under <paramref name="responseId"/>. Throws when
    /// the message has no such button, or when Slack would have refused the message.
    /// </summary>
    public static JsonObject Press(FakeSlack slack, JsonObject message, string label, string responseId, string user = "U1", string channel = "C1")
    {
        var problems = Problems(message);
        if (problems.Count > 0) throw new InvalidOperationException("Slack refuses the message (invalid_blocks): " + string.Join("; ", problems));
        var (block, button) = (message["blocks"] as JsonArray ?? []).OfType<JsonObject>().Where(b => b["type"]?.ToString() == "actions")
            .SelectMany(b => (b["elements"] as JsonArray ?? []).OfType<JsonObject>().Select(e => (Block: b, Button: e)))
            .FirstOrDefault(x => x.Button["type"]?.ToString() == "button" && x.Button["text"]?["text"]?.ToString() == label);
        if (button is null) throw new InvalidOperationException($"The message has no '{label}' button to press.");
        return Action(slack, block!["block_id"]?.ToString() ?? "", button["action_id"]?.ToString() ?? "", button["value"]?.ToString(), responseId, user, channel, message);
    }

    /// <summary>A <c>block_actions</c> payload for a button with any <paramref name="value"/> (a stale or forged one too).</summary>
    public static JsonObject Action(FakeSlack slack, string blockId, string actionId, string? value, string responseId, string user = "U1", string channel = "C1", JsonObject? message = null) => new()
    {
        ["type"] = "block_actions",
        ["token"] = "deprecated",
        ["api_app_id"] = "A1",
        ["team"] = new JsonObject { ["id"] = "T1", ["domain"] = "fake" },
        ["user"] = new JsonObject { ["id"] = user, ["username"] = "tester", ["team_id"] = "T1" },
        ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "general" },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000001", ["channel_id"] = channel, ["is_ephemeral"] = false },
        ["trigger_id"] = "trigger-" + responseId,
        ["response_url"] = slack.ResponseUrl(responseId).ToString(),
        ["message"] = message?.DeepClone(),
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button",
            ["block_id"] = blockId,
            ["action_id"] = actionId,
            ["value"] = value,
            ["action_ts"] = "1700000001.000001",
        }),
    };

    /// <summary>The HTTP form body Slack posts to the Interactivity Request URL: <c>payload=&lt;url-encoded JSON&gt;</c>.</summary>
    public static string FormBody(JsonObject payload) => "payload=" + Uri.EscapeDataString(payload.ToJsonString());
}
