using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Paging;
using InsiderBot.Chat.Replies;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Chat;

/// <summary>
/// The one entry point every platform calls: finds the command, checks permission, runs it, and turns a crash into
/// a one-line answer instead of silence.
/// </summary>
public sealed class ChatCommandRouter(IEnumerable<IChatCommand> commands, ILogger<ChatCommandRouter> logger)
{
    private readonly Dictionary<string, IChatCommand> byName = commands.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<IChatCommand> Commands => byName.Values;

    public IChatCommand? Find(string name) => byName.GetValueOrDefault(name.TrimStart('/'));

    /// <summary>Runs a typed line: <c>/insiders AAPL 90</c>.</summary>
    public Task<ChatReply> ExecuteAsync(string line, ChatOrigin origin, CancellationToken cancellationToken = default)
    {
        var (name, arguments) = CommandLineSplitter.Split(line);
        return ExecuteAsync(name, arguments, origin, cancellationToken);
    }

    /// <summary>
    /// The answer when it needs none of the command's costly work: an unknown command, a help request, a missing
    /// permission, or the command's own <see cref="IChatCommand.Refusal"/>. Null when the command must run.
    /// </summary>
    public ChatReply? QuickAnswer(string name, IReadOnlyList<string> arguments, ChatOrigin origin)
    {
        if (Precheck(name, arguments, origin, out var input) is { } answer) return answer;
        var command = Find(name)!;
        try
        {
            return command.Refusal(input);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Command {Command} failed checking its input on {Platform}", command.Name, origin.Platform);
            return null; // the full run reports it
        }
    }

    // What the router itself answers: no command, an unknown one, a help request, a missing permission, a bad page token.
    private ChatReply? Precheck(string name, IReadOnlyList<string> arguments, ChatOrigin origin, out CommandInput input)
    {
        input = new CommandInput(arguments, origin);
        if (name.Length == 0) return ChatReply.Error("Type a command, such as /insiders AAPL or /help.");
        var command = Find(name);
        if (command is null)
            return ChatReply.Error($"Unknown command /{EchoedInput.Clip(name)}. Try one of: {string.Join(", ", byName.Keys.Order().Select(n => "/" + n))}.");
        if (arguments.Count == 1 && arguments[0].Equals("help", StringComparison.OrdinalIgnoreCase) && command.Name != "help" && command.Name != "explain")
            return InsiderBot.Chat.Commands.HelpCommand.For(command);
        if (command.RequiresManage && !origin.CanManage)
            return ChatReply.Error($"/{command.Name} needs permission to manage this channel ({(origin.Platform == "slack" ? "workspace admins and owners, or users in Slack:AdminUserIds" : "Manage Channels, Manage Server or Administrator")}).");
        return TakePage(command, arguments, origin, ref input);
    }

    // page:N is taken out of the arguments of a command that pages its listing; any other command refuses it.
    private ChatReply? TakePage(IChatCommand command, IReadOnlyList<string> arguments, ChatOrigin origin, ref CommandInput input)
    {
        if (!arguments.Any(PageToken.IsPageToken)) return null;
        if (!command.PagesItsList)
            return ChatReply.Error($"/{command.Name} answers on one page; page: works on {string.Join(", ", byName.Values.Where(c => c.PagesItsList).Select(c => "/" + c.Name).Order(StringComparer.Ordinal))}.");
        if (PageToken.Take(command.Name, arguments, out var rest, out var page) is { } problem) return ChatReply.Error(problem);
        input = new CommandInput(rest, origin) { Page = page ?? 1 };
        return null;
    }

    public async Task<ChatReply> ExecuteAsync(string name, IReadOnlyList<string> arguments, ChatOrigin origin, CancellationToken cancellationToken = default)
    {
        // The command's own Refusal is left to ExecuteAsync, which refuses the same input the same way.
        if (Precheck(name, arguments, origin, out var input) is { } answer) return answer;
        var command = Find(name)!;
        try
        {
            command.Readiness?.Ensure();
            cancellationToken.ThrowIfCancellationRequested(); // seeding can take a while; an abandoned answer stops here
            return await command.ExecuteAsync(input, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Command {Command} failed on {Platform}", command.Name, origin.Platform);
            return ChatReply.Error($"/{command.Name} failed inside the bot ({ex.GetType().Name}); the error is logged. Try again, or /help.");
        }
    }
}
