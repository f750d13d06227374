using InsiderBot.Chat;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Cli;

/// <summary><c>ask "/insiders MSFT 90"</c>: one command answered as plain text; exit 1 when the answer is an error.</summary>
public sealed class AskVerb(ChatCommandRouter router, ChartFiles charts, BotConsole console)
{
    public async Task<int> RunAsync(IReadOnlyList<string> operands, CancellationToken cancellationToken)
    {
        if (operands.Count == 0)
        {
            await console.Out.WriteLineAsync("ask needs a command, e.g. ask \"/insiders MSFT 90\" or ask /explain P");
            return 1;
        }

        var line = operands.Count == 1 ? operands[0] : string.Join(' ', operands.Select(o => o.Contains(' ', StringComparison.Ordinal) ? $"\"{o}\"" : o));
        var reply = await router.ExecuteAsync(line, ChatOrigin.Console, cancellationToken);
        await console.Out.WriteAsync(PlainTextRenderer.Render(reply).TrimEnd() + Environment.NewLine);
        if (charts.Save(reply) is { } path) await console.Out.WriteLineAsync($"Chart saved to {path}");
        return reply.IsError ? 1 : 0;
    }
}
