using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Discord.Rendering;

/// <summary>A message body ready for Discord: the JSON payload and, when the reply has a chart, the PNG to upload with it.</summary>
public sealed record DiscordMessage(JsonObject Payload, ReplyImage? File)
{
    /// <summary>JSON, or <c>multipart/form-data</c> with <c>payload_json</c> and <c>files[0]</c> when there is a file.</summary>
    public HttpContent ToContent() => Content(Payload, File);

    /// <summary>Wraps the message in an interaction response (<c>{"type":4,"data":...}</c>).</summary>
    public HttpContent ToCallbackContent(int type) => Content(new JsonObject { ["type"] = type, ["data"] = Payload.DeepClone() }, File);

    public static HttpContent Json(JsonNode body) =>
        new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static HttpContent Content(JsonObject payload, ReplyImage? file)
    {
        if (file is null) return Json(payload);
        var multipart = new MultipartFormDataContent();
        var json = Json(payload);
        multipart.Add(json, "payload_json");
        var png = new ByteArrayContent(file.Png);
        png.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        multipart.Add(png, "files[0]", file.FileName);
        return multipart;
    }
}
