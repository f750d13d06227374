using System.Text;
using InsiderBot.Chat;
using InsiderBot.Chat.Export;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Cli;

/// <summary>
/// <c>ask "/insiders MSFT 90"</c>: one command answered as plain text; exit 1 when the answer is an error.
/// <c>ask --format json|csv "/insiders TSLA from:2022-04-01"</c> prints the window's export instead (text is the default).
/// </summary>
public sealed class AskVerb(ChatCommandRouter router, ChartFiles charts, BotConsole console)
{
    public async Task<int> RunAsync(IReadOnlyList<string> operands, CancellationToken cancellationToken)
    {
        if (AskFormat.Take(operands, out var format, out var rest) is { } badFormat) return await RefuseAsync(badFormat);
        if (rest.Count == 0) return await RefuseAsync("ask needs a command, e.g. ask \"/insiders MSFT 90\" or ask /explain P");

        var line = rest.Count == 1 ? rest[0] : string.Join(' ', rest.Select(o => o.Contains(' ', StringComparison.Ordinal) ? $"\"{o}\"" : o));
        if (format is not { } export) return await AnswerAsTextAsync(line, cancellationToken);

        var (name, arguments) = CommandLineSplitter.Split(line);
        var exporters = router.Commands.Where(c => c.Parameters.Any(p => p.Name == ExportOption.Name)).Select(c => "/" + c.Name).Order(StringComparer.Ordinal).ToList();
        if (router.Find(name) is { } command && !exporters.Contains("/" + command.Name))
            return await RefuseAsync($"--format {ExportOption.Extension(export)} works with {string.Join(" and ", exporters)}; /{command.Name} answers as text (leave out --format).");

        var reply = await router.ExecuteAsync(name, [.. arguments, $"{ExportOption.Name}:{ExportOption.Extension(export)}"], ChatOrigin.Console, cancellationToken);
        if (reply.Export is not { } file)
        {
            await console.Out.WriteAsync(PlainTextRenderer.Render(reply).TrimEnd() + Environment.NewLine);
            return reply.IsError ? 1 : 0;
        }

        await console.Out.WriteAsync(Encoding.UTF8.GetString(file.Content));
        return 0;
    }

    private async Task<int> AnswerAsTextAsync(string line, CancellationToken cancellationToken)
    {
        var reply = await router.ExecuteAsync(line, ChatOrigin.Console, cancellationToken);
        await console.Out.WriteAsync(PlainTextRenderer.Render(reply).TrimEnd() + Environment.NewLine);
        foreach (var saved in charts.SaveAll(reply)) await console.Out.WriteLineAsync(saved);
        return reply.IsError ? 1 : 0;
    }

    private async Task<int> RefuseAsync(string message)
    {
        await console.Out.WriteLineAsync(message);
        return 1;
    }
}
