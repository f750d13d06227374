using InsiderBot.Chat.Replies;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Chat.Answering;

/// <summary>
/// Answers a command within a platform's deadline, the same way on every platform: the work starts (in the bounded
/// <see cref="HeavyCommandLane"/> when it may draw); a reply ready before the deadline is the first answer, otherwise the
/// platform acknowledges and the reply follows late. Without a deadline the acknowledgement goes at once. The stopping
/// token is <see cref="AnswersInFlight.Abandoned"/>: when shutdown gives up on the work, the user is told
/// <see cref="AnswersInFlight.RestartingText"/> in place of the answer, as the first answer or the late one.
/// </summary>
public sealed class DeadlineRunner(HeavyCommandLane heavy, TimeProvider time, ILogger<DeadlineRunner> logger)
{
    /// <param name="command">The command's name, for the log.</param>
    /// <param name="work">The command's reply; started after the deadline is armed, so a clock that moves once the work has begun always finds it.</param>
    /// <param name="mayDraw">True when the work takes its turn in the <see cref="HeavyCommandLane"/>.</param>
    /// <param name="answerWithin">How long the reply may take and still be the first answer; null to acknowledge at once.</param>
    public async Task RunAsync(string command, Func<Task<ChatReply>> work, bool mayDraw, TimeSpan? answerWithin, IDeadlineAnswer answer, CancellationToken stopping)
    {
        var deferred = false;
        try
        {
            if (answerWithin is { } deadline)
            {
                using var deadlineCancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                var due = Task.Delay(deadline, time, deadlineCancel.Token); // armed before the work starts
                var running = Start(work, mayDraw, stopping);
                var first = await Task.WhenAny(running, due);
                await deadlineCancel.CancelAsync();
                if (first == running && answer.FitsFirstAnswer(await running))
                {
                    await answer.AnswerNowAsync(await running, stopping);
                    return;
                }

                if (first != running) logger.LogInformation("/{Command} is taking longer than {Deadline}; acknowledged, the answer follows", command, deadline);
                await AcknowledgeThenDeliverAsync(running);
                return;
            }

            await AcknowledgeThenDeliverAsync(Start(work, mayDraw, stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            logger.LogWarning("Shutting down before /{Command} was answered; telling the user to try again", command);
            var restarting = ChatReply.Error(AnswersInFlight.RestartingText);
            if (deferred) await answer.DeliverLateAsync(restarting, CancellationToken.None);
            else await answer.AnswerNowAsync(restarting, CancellationToken.None);
        }

        async Task AcknowledgeThenDeliverAsync(Task<ChatReply> running)
        {
            await answer.DeferAsync(stopping);
            deferred = true;
            var reply = await running.WaitAsync(stopping);
            await answer.DeliverLateAsync(reply, stopping);
        }
    }

    private Task<ChatReply> Start(Func<Task<ChatReply>> work, bool mayDraw, CancellationToken stopping) =>
        mayDraw ? heavy.RunAsync(work, stopping) : Task.Run(work, stopping);
}
