using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Chat.Commands;

/// <summary><c>/help</c>: every command with its usage.</summary>
public sealed class HelpCommand(IServiceProvider services) : IImmediateCommand
{
    public string Name => "help";

    public string Description => "What the bot does and the commands it knows";

    public IReadOnlyList<CommandParameter> Parameters { get; } = [new("command", "A command to explain in detail")];

    public ChatReply Execute(CommandInput input)
    {
        var commands = services.GetServices<IChatCommand>().OrderBy(c => c.Name == "help").ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        if (input.Argument(0) is { } name)
        {
            var command = commands.FirstOrDefault(c => c.Name.Equals(name.TrimStart('/'), StringComparison.OrdinalIgnoreCase));
            return command is null
                ? ChatReply.Error($"No command /{EchoedInput.Clip(name.TrimStart('/'))}. Commands: {string.Join(", ", commands.Select(c => "/" + c.Name))}.")
                : For(command);
        }

        return new ChatReply
        {
            Title = "InsiderBot — SEC Form 4 insider trades, read like an analyst",
            Sections =
            [
                new TextSection("Insider *buying* is a clean signal: an open-market purchase has one motive. Insider *selling* is noise unless context says otherwise: plans, option exercises, taxes and diversification explain most sales, so the bot says why each trade matters or does not."),
                new TableSection(["command", "what it does"], commands.Select(c => (IReadOnlyList<string>)[c.Usage, c.Description]).ToList()),
            ],
            Footer = "Type /COMMAND help for details, e.g. /insiders help.",
        };
    }

    public static ChatReply For(IChatCommand command) => new()
    {
        Title = command.Usage,
        Sections =
        [
            new TextSection(command.Description),
            new FieldsSection(command.Parameters.Select(p => new ReplyField(
                p.Required ? p.Name : $"{p.Name} (optional)",
                p.Description + (p.Choices is { Count: > 0 } ? $" — one of {string.Join(", ", p.Choices)}" : ""))).ToList()),
        ],
        Ephemeral = true,
    };
}
