using System.Text.Json.Nodes;
using InsiderBot.Chat;
using InsiderBot.Chat.Answering;
using InsiderBot.Chat.Replies;
using InsiderBot.Slack.Blocks;
using InsiderBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Slack.Commands;

/// <summary>
/// One command's answer for the <see cref="DeadlineRunner"/>: the reply as the acknowledgement's body (<see cref="First"/>),
/// or an empty acknowledgement and the reply through <c>response_url</c>. Files are shared in the channel once the answer
/// is there.
/// </summary>
internal sealed class SlackDeadlineAnswer(
    SlackCommand command,
    SlackWebApi api,
    SlackFileUploader uploader,
    AnswersInFlight inFlight,
    ILogger logger,
    CancellationToken stopping) : IDeadlineAnswer
{
    private readonly TaskCompletionSource<JsonObject?> first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The acknowledgement's body: the answer, or null when it follows through <c>response_url</c>.</summary>
    public Task<JsonObject?> First => first.Task;

    public Task AnswerNowAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        ShareFilesLater(reply);
        first.TrySetResult(Render(reply).ToCommandResponse());
        return Task.CompletedTask;
    }

    public Task DeferAsync(CancellationToken cancellationToken)
    {
        first.TrySetResult(null);
        return Task.CompletedTask;
    }

    public async Task DeliverLateAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        try
        {
            if (command.ResponseUrl is null)
            {
                logger.LogWarning("/{Command} finished late but Slack gave no response_url; the answer is lost", command.Name);
                return;
            }

            var message = Render(reply);
            await api.RespondAsync(command.ResponseUrl, command.ReplacesOriginal ? message.ToReplacement() : message.ToCommandResponse(), CancellationToken.None);
            if (!stopping.IsCancellationRequested && !command.ReplacesOriginal) ShareFilesLater(reply);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "/{Command} could not be answered via response_url", command.Name);
        }
    }

    /// <summary>
    /// Shares the answer's chart and export in its channel once the answer is there. Files go only with an answer in the
    /// channel, never with an ephemeral one (which the channel does not see). An export that cannot be shared (the bot is
    /// not in the channel) is not lost silently: the asker is told privately how to get it.
    /// </summary>
    private void ShareFilesLater(ChatReply reply)
    {
        if (!reply.HasFiles || reply.Ephemeral || reply.IsError || command.ChannelId.Length == 0) return;
        inFlight.Track(ShareFilesAsync(reply));
    }

    private async Task ShareFilesAsync(ChatReply reply)
    {
        try
        {
            if (reply.Chart is { } chart) await uploader.UploadAsync(command.ChannelId, chart, null, stopping);
            if (reply.Export is not { } export) return;
            var shared = await uploader.UploadAsync(command.ChannelId, export, null, stopping);
            if (shared.Ok || command.ResponseUrl is null) return;
            var note = ChatReply.Error($"Could not share {export.FileName} in this channel ({shared.Error}): invite the bot with /invite, or run ask --format csv on the bot's host.");
            await api.RespondAsync(command.ResponseUrl, Render(note).ToCommandResponse(), stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            logger.LogWarning("Shutting down before the files of /{Command} were shared", command.Name);
        }
    }

    private static SlackMessage Render(ChatReply reply) => BlockKitRenderer.Render(reply);
}
