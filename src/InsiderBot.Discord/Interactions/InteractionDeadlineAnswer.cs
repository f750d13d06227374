using InsiderBot.Chat.Answering;
using InsiderBot.Chat.Replies;
using InsiderBot.Discord.Rendering;
using InsiderBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Discord.Interactions;

/// <summary>
/// One interaction's answer for the <see cref="DeadlineRunner"/>: the reply as the interaction's response (type 4, or 7
/// for a button), or "thinking…" (type 5, or 6 for a button) and later an edit of <c>@original</c>.
/// </summary>
internal sealed class InteractionDeadlineAnswer(
    DiscordInteraction interaction,
    AnswerStyle style,
    InteractionHandler.Responder respond,
    bool answerCarriesFiles,
    DiscordMessageRenderer renderer,
    DiscordRestClient rest,
    string? applicationId,
    ILogger logger) : IDeadlineAnswer
{
    public bool FitsFirstAnswer(ChatReply reply) => answerCarriesFiles || !reply.HasFiles;

    public Task AnswerNowAsync(ChatReply reply, CancellationToken cancellationToken) =>
        respond(new InteractionAnswer(style.MessageType(reply), renderer.Render(reply)), cancellationToken);

    public Task DeferAsync(CancellationToken cancellationToken) => respond(new InteractionAnswer(style.Deferred), cancellationToken);

    /// <summary>
    /// After "thinking…": the reply replaces it by editing <c>@original</c> (an error, by an ephemeral follow-up). After a
    /// button's deferred update, <c>@original</c> is the message the button is on: a page replaces it, an error leaves it.
    /// </summary>
    public async Task DeliverLateAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        var edit = renderer.Render(reply);
        var webhook = $"webhooks/{applicationId}/{interaction.Token}";
        DiscordResponse response;
        if (reply.Ephemeral)
        {
            // "Thinking…" was public; an error or refusal must not be: replace it with an ephemeral follow-up.
            if (!style.UpdatesMessage) await rest.SendAsync(HttpMethod.Delete, webhook + "/messages/@original", null, cancellationToken);
            response = await rest.SendAsync(HttpMethod.Post, webhook, edit.ToContent, cancellationToken);
        }
        else
        {
            response = await rest.SendAsync(HttpMethod.Patch, webhook + "/messages/@original", edit.ToContent, cancellationToken);
        }

        if (!response.IsSuccess)
            logger.LogWarning("Discord refused the deferred reply to /{Command}: {Detail}", interaction.CommandName ?? interaction.CustomId, response.Describe());
    }
}
