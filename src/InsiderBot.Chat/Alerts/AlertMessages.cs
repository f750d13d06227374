using System.Text.Json;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Chat.Alerts;

/// <summary>Alerts are stored in the outbox as JSON of the neutral reply, and rendered by the platform at posting time.</summary>
public static class AlertMessages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(ChatReply reply) => JsonSerializer.Serialize(reply, Json);

    public static ChatReply Deserialize(string json) =>
        JsonSerializer.Deserialize<ChatReply>(json, Json) ?? throw new JsonException("empty alert message");
}
