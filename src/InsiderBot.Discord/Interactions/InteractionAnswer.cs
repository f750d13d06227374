using System.Text.Json.Nodes;
using InsiderBot.Discord.Rendering;

namespace InsiderBot.Discord.Interactions;

/// <summary>The first (and only) response to an interaction: <c>{"type": T, "data": ...}</c>, with a file when the data has one.</summary>
public sealed record InteractionAnswer(int Type, DiscordMessage? Data = null)
{
    public const int Pong = 1;
    public const int Message = 4;
    public const int Deferred = 5;
    public const int DeferredUpdate = 6;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = Type };
        if (Data is not null) json["data"] = Data.Payload.DeepClone();
        return json;
    }

    public HttpContent ToContent() => Data is null ? DiscordMessage.Json(ToJson()) : Data.ToCallbackContent(Type);
}
