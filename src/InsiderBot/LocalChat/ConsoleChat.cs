using InsiderBot.Chat;
using InsiderBot.Chat.Replies;
using InsiderBot.Cli;
using InsiderBot.Store;

namespace InsiderBot.LocalChat;

/// <summary>
/// The interactive console chat: the same slash commands as Discord and Slack, typed at a prompt.
/// <c>/quit</c> or end of input leaves. Alerts print as they fire.
/// </summary>
public sealed class ConsoleChat(ChatCommandRouter router, ImportCommand import, InsiderStore store, StoreSeeder seeder, ChartFiles charts, ConsoleOutput output, BotConsole console)
{

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        seeder.EnsureSeeded();
        var stats = store.Statistics();
        var tickers = store.BusiestIssuers(6).Select(i => i.Ticker).ToList();
        await WriteAsync(
            $"InsiderBot local chat (no Discord or Slack credentials configured).{Environment.NewLine}" +
            $"Store: {store.FilePath} — {stats.Filings:#,0} filings, {stats.Trades:#,0} transactions.{Environment.NewLine}" +
            (tickers.Count > 0 ? $"Tickers it holds include: {string.Join(", ", tickers)}. Try /insiders {tickers[0]} 3650, /explain P or /help.{Environment.NewLine}" : "The store is empty: import filings with the import command.\n") +
            $"Type /quit to leave.{Environment.NewLine}");

        while (!cancellationToken.IsCancellationRequested)
        {
            await WriteAsync("> ", newline: false);
            var line = await console.In.ReadLineAsync(cancellationToken);
            if (line is null) break;
            line = line.Trim();
            if (line.Length == 0) continue;
            if (line is "/quit" or "/exit" or "quit" or "exit") break;
            if (!line.StartsWith('/')) line = "/" + line;

            var (name, arguments) = CommandLineSplitter.Split(line);
            var reply = name == import.Name
                ? await import.ExecuteAsync(new CommandInput(arguments, ChatOrigin.Console), cancellationToken)
                : await router.ExecuteAsync(line, ChatOrigin.Console, cancellationToken);
            var text = PlainTextRenderer.Render(reply).TrimEnd();
            if (charts.Save(reply) is { } path) text += $"{Environment.NewLine}Chart saved to {path}";
            await WriteAsync(text + Environment.NewLine);
        }

        await WriteAsync("Bye.");
        return 0;
    }

    private Task WriteAsync(string text, bool newline = true) => output.WriteAsync(text, newline);
}
