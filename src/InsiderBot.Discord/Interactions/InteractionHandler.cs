using System.Text.Json.Nodes;
using InsiderBot.Chat;
using InsiderBot.Chat.Answering;
using InsiderBot.Chat.Paging;
using InsiderBot.Chat.Replies;
using InsiderBot.Discord.Rendering;
using InsiderBot.Discord.Rest;
using InsiderBot.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Discord.Interactions;

/// <summary>
/// Answers one interaction exactly once, however it arrived (HTTP or gateway): PONG, autocomplete choices, or the
/// command's reply; a paging button (a message component) runs the command line it carries and replaces its message
/// with that page. A command still running after <see cref="DiscordOptions.DeferAfter"/> is answered "thinking…"
/// (type 5) and completed by editing <c>@original</c> (the <see cref="DeadlineRunner"/> with an
/// <see cref="InteractionDeadlineAnswer"/>), so Discord's 3-second deadline is never missed. A command that
/// may draw a chart runs in the bounded <see cref="HeavyCommandLane"/> and, over HTTP (where the first answer cannot carry
/// the picture), is deferred at once rather than after the drawing. The cancellation token is
/// <see cref="AnswersInFlight.Abandoned"/>: shutdown first lets the command finish, then has it say "restarting".
/// </summary>
public sealed class InteractionHandler(
    ChatCommandRouter router,
    InsiderStore store,
    DiscordMessageRenderer renderer,
    DiscordRestClient rest,
    DeadlineRunner runner,
    IOptions<DiscordOptions> options,
    ILogger<InteractionHandler> logger)
{
    /// <summary>Sends the first answer; HTTP writes it as the response, the gateway POSTs it to the callback URL.</summary>
    public delegate Task Responder(InteractionAnswer answer, CancellationToken cancellationToken);

    /// <param name="answerCarriesFiles">False over HTTP (the response is JSON), so a reply with a chart or an export is deferred and attached by the edit.</param>
    public async Task HandleAsync(DiscordInteraction interaction, Responder respond, bool answerCarriesFiles, CancellationToken cancellationToken)
    {
        switch (interaction.Type)
        {
            case DiscordInteraction.Ping:
                await respond(new InteractionAnswer(InteractionAnswer.Pong), cancellationToken);
                return;
            case DiscordInteraction.Autocomplete:
                await respond(Suggestions(interaction), cancellationToken);
                return;
            case DiscordInteraction.ApplicationCommand or DiscordInteraction.MessageComponent:
                // A callback already on its way is finished even on shutdown: cancelling it half-sent would leave a
                // "thinking…" that the restarting line then could not replace.
                await RunCommandAsync(interaction, AnswerStyle.Of(interaction), (answer, _) => respond(answer, CancellationToken.None), answerCarriesFiles, cancellationToken);
                return;
            default:
                await respond(new InteractionAnswer(InteractionAnswer.Message, renderer.Render(ChatReply.Error("This bot only answers slash commands; type /help."))), cancellationToken);
                return;
        }
    }

    private async Task RunCommandAsync(DiscordInteraction interaction, AnswerStyle style, Responder respond, bool answerCarriesFiles, CancellationToken cancellationToken)
    {
        if (style.UpdatesMessage && !PageButtons.IsCommandLine(interaction.CustomId))
        {
            await respond(new InteractionAnswer(InteractionAnswer.Message, renderer.Render(ChatReply.Error(PageButtons.Stale))), cancellationToken);
            return;
        }

        // A slash command names its options; a paging button carries the command line of its page.
        var (name, arguments) = style.UpdatesMessage ? CommandLineSplitter.Split(interaction.CustomId!) : (interaction.CommandName ?? "", (IReadOnlyList<string>)[]);
        var origin = InteractionArguments.Origin(interaction);
        var command = router.Find(name);
        if (!style.UpdatesMessage) arguments = command is not null ? InteractionArguments.For(command, interaction.Options) : [];
        var mayDraw = command?.MayAttachChart == true;
        if ((mayDraw || style.UpdatesMessage) && router.QuickAnswer(name, arguments, origin) is { } refusal)
        {
            // A typo (or a stale button) is refused at once and privately, not after a public "thinking…".
            await respond(new InteractionAnswer(InteractionAnswer.Message, renderer.Render(refusal)), cancellationToken);
            return;
        }

        // Over HTTP a chart cannot ride on the first answer, so waiting for it only delays a deferral that is certain.
        var answerWithin = mayDraw && !answerCarriesFiles ? (TimeSpan?)null : options.Value.DeferAfter;
        var target = new InteractionDeadlineAnswer(interaction, style, respond, answerCarriesFiles, renderer, rest, interaction.ApplicationId ?? options.Value.ApplicationId, logger);
        await runner.RunAsync(name, () => router.ExecuteAsync(name, arguments, origin, cancellationToken), mayDraw, answerWithin, target, cancellationToken);
    }

    /// <summary>Up to 25 tickers: matches for what is typed, or the busiest issuers when nothing is typed yet.</summary>
    private InteractionAnswer Suggestions(DiscordInteraction interaction)
    {
        var focused = interaction.Options.FirstOrDefault(o => o.Focused);
        var choices = new JsonArray();
        if (focused is { Name: "ticker" })
        {
            var typed = focused.Value?.Trim() ?? "";
            var issuers = typed.Length == 0 ? store.BusiestIssuers(DiscordLimits.Choices) : store.SuggestIssuers(typed, DiscordLimits.Choices);
            foreach (var issuer in issuers.Where(i => i.Ticker.Length > 0).Take(DiscordLimits.Choices))
                choices.Add(new JsonObject { ["name"] = DiscordLimits.Clip($"{issuer.Ticker} — {issuer.Name}", DiscordLimits.ChoiceName), ["value"] = issuer.Ticker });
        }

        return new InteractionAnswer(InteractionAnswer.AutocompleteResult, new DiscordMessage(new JsonObject { ["choices"] = choices }, []));
    }
}
