using InsiderBot.Chat.Replies;

namespace InsiderBot.Chat;

/// <summary>One slash command: parse the arguments, ask the domain, build a reply.</summary>
public interface IChatCommand
{
    /// <summary>The name without the slash: <c>insiders</c>.</summary>
    string Name { get; }

    string Description { get; }

    IReadOnlyList<CommandParameter> Parameters { get; }

    /// <summary>True when only users who may manage the channel may run it (<c>/subscribe</c>).</summary>
    bool RequiresManage => false;

    /// <summary>
    /// True when the reply may carry a chart: drawing it is the costly part of a command, so a platform that cannot send
    /// the picture with its first answer (Discord over HTTP) acknowledges at once and runs such commands in a bounded lane.
    /// </summary>
    bool MayAttachChart => false;

    /// <summary>
    /// True when the reply's listing may be longer than one answer shows: the command accepts <c>page:N</c> (see
    /// <see cref="CommandInput.Page"/>) and marks the listing with its <see cref="Replies.ReplyPaging"/>.
    /// </summary>
    bool PagesItsList => false;

    /// <summary>
    /// A refusal decided without the costly work (bad arguments, an unknown ticker), or null. A platform that acknowledges
    /// costly commands at once asks this first, so a typo is still answered at once and privately instead of after
    /// "thinking…". <see cref="ExecuteAsync"/> refuses the same input the same way.
    /// </summary>
    ChatReply? Refusal(CommandInput input) => null;

    /// <summary>
    /// What the command needs of the store, made ready by <see cref="ChatCommandRouter"/> before <see cref="ExecuteAsync"/>
    /// (seeding the bundled sample, computing signals); null for a command that needs nothing of it.
    /// </summary>
    StoreReadiness? Readiness => null;

    /// <summary>"/insiders TICKER [days]".</summary>
    string Usage => $"/{Name}" + string.Concat(Parameters.Select(p => p.Required ? $" {p.Name.ToUpperInvariant()}" : $" [{p.Name}]"));

    /// <summary>
    /// Runs the command. One with nothing to await (a store read) implements <see cref="IImmediateCommand"/> instead of
    /// this; one that awaits I/O honours <paramref name="cancellationToken"/> before and after each wait and passes it on.
    /// </summary>
    Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken);
}
