using System.Globalization;
using System.Text.Json.Nodes;
using InsiderBot.Chat.Replies;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Slack.WebApi;

/// <summary>Shares a chart in a channel with Slack's upload flow: getUploadURLExternal, the bytes, completeUploadExternal.</summary>
public sealed class SlackFileUploader(SlackWebApi api, ILogger<SlackFileUploader> logger)
{
    public async Task<SlackApiResult> UploadAsync(string channel, ReplyImage image, string? threadTs, CancellationToken cancellationToken)
    {
        var ticket = await api.CallFormAsync("files.getUploadURLExternal",
        [
            new("filename", image.FileName),
            new("length", image.Png.Length.ToString(CultureInfo.InvariantCulture)),
            new("alt_txt", image.Description),
        ], cancellationToken);
        if (!ticket.Ok) return Logged(ticket, channel);
        if (ticket.Text("upload_url") is not { } url || ticket.Text("file_id") is not { } fileId || !Uri.TryCreate(url, UriKind.Absolute, out var uploadUrl))
            return Logged(SlackApiResult.Failed("invalid_response"), channel);

        if (!await api.UploadBytesAsync(uploadUrl, image.Png, cancellationToken)) return Logged(SlackApiResult.Failed("upload_failed"), channel);

        var complete = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = image.Description }),
            ["channel_id"] = channel,
        };
        if (threadTs is not null) complete["thread_ts"] = threadTs;
        var done = await api.CallAsync("files.completeUploadExternal", complete, cancellationToken);
        return done.Ok ? done : Logged(done, channel);
    }

    private SlackApiResult Logged(SlackApiResult result, string channel)
    {
        logger.LogWarning("Could not share the chart in Slack channel {Channel}: {Error}", channel, result.Error);
        return result;
    }
}
