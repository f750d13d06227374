using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Discord.Rendering;

/// <summary>
/// A message body ready for Discord: the JSON payload and the files to upload with it (the chart, an export), in the
/// order of the payload's <c>attachments</c> ids.
/// </summary>
public sealed record DiscordMessage(JsonObject Payload, IReadOnlyList<ReplyFile> Files)
{
    /// <summary>JSON, or <c>multipart/form-data</c> with <c>payload_json</c> and <c>files[0]</c>, <c>files[1]</c> … when there are files.</summary>
    public HttpContent ToContent() => Content(Payload, Files);

    /// <summary>Wraps the message in an interaction response (<c>{"type":4,"data":...}</c>).</summary>
    public HttpContent ToCallbackContent(int type) => Content(new JsonObject { ["type"] = type, ["data"] = Payload.DeepClone() }, Files);

    public static HttpContent Json(JsonNode body) =>
        new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static HttpContent Content(JsonObject payload, IReadOnlyList<ReplyFile> files)
    {
        if (files.Count == 0) return Json(payload);
        var multipart = new MultipartFormDataContent();
        multipart.Add(Json(payload), "payload_json");
        for (var i = 0; i < files.Count; i++)
        {
            var part = new ByteArrayContent(files[i].Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(files[i].ContentType);
            multipart.Add(part, $"files[{i}]", files[i].FileName);
        }

        return multipart;
    }
}
