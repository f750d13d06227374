using System.Globalization;
using System.Text.Json.Nodes;
using InsiderBot.Chat.Replies;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Slack.WebApi;

/// <summary>
/// Shares a file (a chart, an export) in a channel with Slack's upload flow: getUploadURLExternal, the bytes,
/// completeUploadExternal.
/// </summary>
public sealed class SlackFileUploader(SlackWebApi api, ILogger<SlackFileUploader> logger)
{
    public Task<SlackApiResult> UploadAsync(string channel, ReplyImage image, string? threadTs, CancellationToken cancellationToken) =>
        UploadAsync(channel, image.AsFile(), threadTs, cancellationToken);

    public async Task<SlackApiResult> UploadAsync(string channel, ReplyFile file, string? threadTs, CancellationToken cancellationToken)
    {
        var ticket = await api.CallFormAsync("files.getUploadURLExternal",
        [
            new("filename", file.FileName),
            new("length", file.Content.Length.ToString(CultureInfo.InvariantCulture)),
            new("alt_txt", file.Description),
        ], cancellationToken);
        if (!ticket.Ok) return Logged(ticket, channel, file);
        if (ticket.Text("upload_url") is not { } url || ticket.Text("file_id") is not { } fileId || !Uri.TryCreate(url, UriKind.Absolute, out var uploadUrl))
            return Logged(SlackApiResult.Failed("invalid_response"), channel, file);

        if (!await api.UploadBytesAsync(uploadUrl, file.Content, cancellationToken)) return Logged(SlackApiResult.Failed("upload_failed"), channel, file);

        var complete = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = file.Description }),
            ["channel_id"] = channel,
        };
        if (threadTs is not null) complete["thread_ts"] = threadTs;
        var done = await api.CallAsync("files.completeUploadExternal", complete, cancellationToken);
        return done.Ok ? done : Logged(done, channel, file);
    }

    private SlackApiResult Logged(SlackApiResult result, string channel, ReplyFile file)
    {
        logger.LogWarning("Could not share {File} in Slack channel {Channel}: {Error}", file.FileName, channel, result.Error);
        return result;
    }
}
