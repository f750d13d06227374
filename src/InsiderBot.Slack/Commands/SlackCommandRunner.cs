using System.Text.Json.Nodes;
using InsiderBot.Chat;
using InsiderBot.Chat.Answering;
using InsiderBot.Chat.Paging;
using InsiderBot.Chat.Replies;
using InsiderBot.Slack.Blocks;
using InsiderBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Slack.Commands;

/// <summary>
/// Runs a slash command through the <see cref="ChatCommandRouter"/> within Slack's three seconds: the answer comes back
/// for the acknowledgement when it is ready in time, otherwise the caller acknowledges at once and the answer goes to
/// <c>response_url</c> when it is ready (the <see cref="DeadlineRunner"/> with a <see cref="SlackDeadlineAnswer"/>).
/// Exactly one answer either way. A pressed paging button is always acknowledged at once and answered through
/// <c>response_url</c>, replacing the listing with the page. Work runs under <see cref="AnswersInFlight.Abandoned"/>:
/// shutdown waits for a late answer, then sends "restarting, try again" instead.
/// </summary>
public sealed class SlackCommandRunner(
    ChatCommandRouter router,
    SlackPermissions permissions,
    SlackWebApi api,
    SlackFileUploader uploader,
    DeadlineRunner runner,
    AnswersInFlight inFlight,
    ILogger<SlackCommandRunner> logger)
{
    /// <summary>How long an answer may take and still ride on the acknowledgement (Slack allows 3 s end to end).</summary>
    public static readonly TimeSpan AckBudget = TimeSpan.FromSeconds(2.5);

    /// <summary>The answer as an acknowledgement body, or null when it was not ready in time and will go to <c>response_url</c>.</summary>
    public async Task<JsonObject?> RunAsync(SlackCommand command)
    {
        var stopping = inFlight.Abandoned;
        var found = router.Find(command.Name);
        Func<Task<ChatReply>> work = () => AnswerAsync(command, stopping);
        TimeSpan? answerWithin = AckBudget;
        var mayDraw = false;
        if (command.ReplacesOriginal)
        {
            // A pressed button is acknowledged at once (Slack ignores what the acknowledgement says); the page follows.
            if (command.Name.Length == 0) work = () => Task.FromResult(ChatReply.Error(PageButtons.Stale));
            (answerWithin, mayDraw) = (null, found?.MayAttachChart == true);
        }
        else if (found is { MayAttachChart: true, RequiresManage: false } drawing)
        {
            var origin = new ChatOrigin("slack", command.TeamId, command.ChannelId, command.UserId, CanManage: false);
            if (router.QuickAnswer(drawing.Name, CommandLineSplitter.Words(command.PlainText), origin) is { } quick)
                return BlockKitRenderer.Render(quick).ToCommandResponse(); // help, or a typo refused at once and privately

            // Drawing is the costly part and takes its turn in the bounded lane; acknowledge now, answer when drawn.
            (answerWithin, mayDraw) = (null, true);
        }

        var answer = new SlackDeadlineAnswer(command, api, uploader, inFlight, logger, stopping);
        var running = runner.RunAsync(command.Name, work, mayDraw, answerWithin, answer, stopping);
        if (await Task.WhenAny(answer.First, running) == running && !answer.First.IsCompleted)
        {
            await running; // failed before it answered
            return null;
        }

        if (!running.IsCompleted) inFlight.Track(FinishAsync(command, running));
        return await answer.First;
    }

    private async Task<ChatReply> AnswerAsync(SlackCommand command, CancellationToken cancellationToken)
    {
        var canManage = router.Find(command.Name)?.RequiresManage == true && await permissions.CanManageAsync(command.UserId, cancellationToken);
        var origin = new ChatOrigin("slack", command.TeamId, command.ChannelId, command.UserId, canManage);
        return await router.ExecuteAsync(command.Name, CommandLineSplitter.Words(command.PlainText), origin, cancellationToken);
    }

    private async Task FinishAsync(SlackCommand command, Task running)
    {
        try
        {
            await running;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "/{Command} could not be answered via response_url", command.Name);
        }
    }
}
