using InsiderBot.Chat.Replies;

namespace InsiderBot.Discord.Interactions;

/// <summary>
/// How an interaction's answer lands: a slash command's reply is a new message (type 4, or "thinking…" type 5 then an
/// edit); a paging button's reply replaces the message the button is on (type 7, or type 6 then an edit of that
/// message), while its refusals arrive as a new ephemeral message and leave the listing as it was.
/// </summary>
internal sealed record AnswerStyle(int Deferred, bool UpdatesMessage)
{
    public static readonly AnswerStyle Command = new(InteractionAnswer.Deferred, false);
    public static readonly AnswerStyle Button = new(InteractionAnswer.DeferredUpdate, true);

    public static AnswerStyle Of(DiscordInteraction interaction) => interaction.Type == DiscordInteraction.MessageComponent ? Button : Command;

    public int MessageType(ChatReply reply) => UpdatesMessage && !reply.Ephemeral ? InteractionAnswer.UpdateMessage : InteractionAnswer.Message;
}
