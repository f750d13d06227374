using InsiderBot.Chat.Replies;

namespace InsiderBot.Chat.Answering;

/// <summary>
/// How one platform request is answered, step by step, for <see cref="DeadlineRunner"/>: the reply itself within the
/// platform's deadline, or an acknowledgement ("thinking…", an empty 200) and the reply later.
/// </summary>
public interface IDeadlineAnswer
{
    /// <summary>False when this reply cannot be the first answer (a chart over a channel that carries only JSON): it is deferred.</summary>
    bool FitsFirstAnswer(ChatReply reply) => true;

    /// <summary>The reply as the first and only answer.</summary>
    Task AnswerNowAsync(ChatReply reply, CancellationToken cancellationToken);

    /// <summary>The acknowledgement that promises a later answer.</summary>
    Task DeferAsync(CancellationToken cancellationToken);

    /// <summary>The reply after <see cref="DeferAsync"/>: an edit of the acknowledgement, a post to a response URL.</summary>
    Task DeliverLateAsync(ChatReply reply, CancellationToken cancellationToken);
}
