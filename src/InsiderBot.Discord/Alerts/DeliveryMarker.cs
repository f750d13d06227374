using System.Text.Json;
using System.Text.Json.Nodes;

namespace InsiderBot.Discord.Alerts;

/// <summary>
/// The delivery id an alert carries in its last embed's footer ("alert d-…"), so that a late retry can find the
/// message it may already have created in the channel's recent messages (Discord keeps no metadata on messages).
/// </summary>
internal static class DeliveryMarker
{
    private const string Prefix = "alert ";

    public static void Mark(JsonObject payload, string deliveryId)
    {
        if (payload["embeds"] is not JsonArray { Count: > 0 } embeds || embeds[^1] is not JsonObject last)
        {
            var content = payload["content"]?.GetValue<string>() ?? "";
            payload["content"] = (content.Length == 0 ? "" : content + "\n") + "-# " + Prefix + deliveryId;
            return;
        }

        var footer = last["footer"] as JsonObject ?? [];
        var text = footer["text"]?.GetValue<string>() ?? "";
        footer["text"] = (text.Length == 0 ? "" : text + " · ") + Prefix + deliveryId;
        last["footer"] = footer;
    }

    /// <summary>The id of the message among <c>GET /channels/{id}/messages</c> that carries the delivery id, if any.</summary>
    public static string? Find(string messagesJson, string deliveryId)
    {
        try
        {
            using var document = JsonDocument.Parse(messagesJson);
            if (document.RootElement.ValueKind != JsonValueKind.Array) return null;
            foreach (var message in document.RootElement.EnumerateArray())
                if (Carries(message, Prefix + deliveryId) && message.TryGetProperty("id", out var id)) return id.GetString();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool Carries(JsonElement message, string marker)
    {
        if (message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String && EndsWithMarker(content.GetString(), marker)) return true;
        if (!message.TryGetProperty("embeds", out var embeds) || embeds.ValueKind != JsonValueKind.Array) return false;
        foreach (var embed in embeds.EnumerateArray())
            if (embed.TryGetProperty("footer", out var footer) && footer.TryGetProperty("text", out var text) && EndsWithMarker(text.GetString(), marker)) return true;
        return false;
    }

    private static bool EndsWithMarker(string? text, string marker) => text is not null && text.EndsWith(marker, StringComparison.Ordinal);
}
