using InsiderBot.Chat.Replies;

namespace InsiderBot.Chat;

/// <summary>
/// A command that answers at once: it reads the store (LiteDB reads synchronously) or nothing at all, with no I/O to
/// wait for, so it says so by returning its reply instead of a task. Only a command that really awaits something (a
/// fetch from EDGAR) implements <see cref="IChatCommand.ExecuteAsync"/> itself.
/// </summary>
public interface IImmediateCommand : IChatCommand
{
    /// <summary>Parses the arguments, reads what it needs and builds the reply.</summary>
    ChatReply Execute(CommandInput input);

    /// <summary>The one place an immediate command meets the asynchronous contract: an answer already abandoned does no work.</summary>
    Task<ChatReply> IChatCommand.ExecuteAsync(CommandInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Execute(input));
    }
}
