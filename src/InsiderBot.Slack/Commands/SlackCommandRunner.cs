using System.Text.Json.Nodes;
using InsiderBot.Chat;
using InsiderBot.Chat.Paging;
using InsiderBot.Chat.Replies;
using InsiderBot.Slack.Blocks;
using InsiderBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Slack.Commands;

/// <summary>
/// Runs a slash command through the <see cref="ChatCommandRouter"/> within Slack's three seconds: the answer comes back
/// for the acknowledgement when it is ready in time, otherwise the caller acknowledges at once and the answer goes to
/// <c>response_url</c> when it is ready. Exactly one answer either way. A pressed paging button is always acknowledged
/// at once and answered through <c>response_url</c>, replacing the listing with the page. Work runs under
/// <see cref="AnswersInFlight.Abandoned"/>: shutdown waits for a late answer, then sends "restarting, try again" instead.
/// </summary>
public sealed class SlackCommandRunner(
    ChatCommandRouter router,
    SlackPermissions permissions,
    SlackWebApi api,
    SlackFileUploader uploader,
    HeavyCommandLane heavy,
    AnswersInFlight inFlight,
    TimeProvider time,
    ILogger<SlackCommandRunner> logger)
{
    /// <summary>How long an answer may take and still ride on the acknowledgement (Slack allows 3 s end to end).</summary>
    public static readonly TimeSpan AckBudget = TimeSpan.FromSeconds(2.5);

    /// <summary>The answer as an acknowledgement body, or null when it was not ready in time and will go to <c>response_url</c>.</summary>
    public async Task<JsonObject?> RunAsync(SlackCommand command)
    {
        var stopping = inFlight.Abandoned;
        if (command.ReplacesOriginal)
        {
            // A pressed button is acknowledged at once (Slack ignores what the acknowledgement says); the page follows.
            var page = command.Name.Length == 0 ? Task.FromResult(ChatReply.Error(PageButtons.Stale))
                : router.Find(command.Name)?.MayAttachChart == true ? heavy.RunAsync(() => AnswerAsync(command, stopping), stopping)
                : Task.Run(() => AnswerAsync(command, stopping), stopping);
            inFlight.Track(DeliverLateAsync(command, page, stopping));
            return null;
        }

        if (router.Find(command.Name) is { MayAttachChart: true, RequiresManage: false } drawing)
        {
            var origin = new ChatOrigin("slack", command.TeamId, command.ChannelId, command.UserId, CanManage: false);
            if (router.QuickAnswer(drawing.Name, CommandLineSplitter.Words(command.PlainText), origin) is { } quick)
                return Render(quick).ToCommandResponse(); // help, or a typo refused at once and privately

            // Drawing is the costly part and takes its turn in the bounded lane; acknowledge now, answer when drawn.
            inFlight.Track(DeliverLateAsync(command, heavy.RunAsync(() => AnswerAsync(command, stopping), stopping), stopping));
            return null;
        }

        using var deadlineCancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var deadline = Task.Delay(AckBudget, time, deadlineCancel.Token); // armed before the work starts
        var work = Task.Run(() => AnswerAsync(command, stopping), stopping);
        if (await Task.WhenAny(work, deadline) == work)
        {
            await deadlineCancel.CancelAsync();
            var reply = await work;
            ShareFilesLater(command, reply, stopping);
            return Render(reply).ToCommandResponse();
        }

        logger.LogInformation("/{Command} is taking longer than {Budget}; acknowledged, the answer follows via response_url", command.Name, AckBudget);
        inFlight.Track(DeliverLateAsync(command, work, stopping));
        return null;
    }

    private async Task<ChatReply> AnswerAsync(SlackCommand command, CancellationToken cancellationToken)
    {
        var canManage = router.Find(command.Name)?.RequiresManage == true && await permissions.CanManageAsync(command.UserId, cancellationToken);
        var origin = new ChatOrigin("slack", command.TeamId, command.ChannelId, command.UserId, canManage);
        return await router.ExecuteAsync(command.Name, CommandLineSplitter.Words(command.PlainText), origin, cancellationToken);
    }

    private async Task DeliverLateAsync(SlackCommand command, Task<ChatReply> work, CancellationToken stopping)
    {
        try
        {
            ChatReply reply;
            try
            {
                reply = await work.WaitAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                logger.LogWarning("Shutting down before /{Command} was answered; telling the user to try again", command.Name);
                reply = ChatReply.Error(AnswersInFlight.RestartingText);
            }

            if (command.ResponseUrl is null)
            {
                logger.LogWarning("/{Command} finished late but Slack gave no response_url; the answer is lost", command.Name);
                return;
            }

            var message = Render(reply);
            await api.RespondAsync(command.ResponseUrl, command.ReplacesOriginal ? message.ToReplacement() : message.ToCommandResponse(), CancellationToken.None);
            if (!stopping.IsCancellationRequested && !command.ReplacesOriginal) ShareFilesLater(command, reply, stopping);
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
    private void ShareFilesLater(SlackCommand command, ChatReply reply, CancellationToken stopping)
    {
        if (!reply.HasFiles || reply.Ephemeral || reply.IsError || command.ChannelId.Length == 0) return;
        inFlight.Track(ShareFilesAsync(command, reply, stopping));
    }

    private async Task ShareFilesAsync(SlackCommand command, ChatReply reply, CancellationToken stopping)
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
