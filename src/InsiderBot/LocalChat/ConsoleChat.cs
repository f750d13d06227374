using InsiderBot.Chat;
using InsiderBot.Chat.Replies;
using InsiderBot.Cli;
using InsiderBot.Configuration;
using InsiderBot.Import;
using InsiderBot.Store;

namespace InsiderBot.LocalChat;

/// <summary>
/// The interactive console chat: the same slash commands as Discord and Slack, typed at a prompt.
/// <c>more</c> shows the next page of the last listing. <c>/quit</c> or end of input leaves. Alerts print as they fire. With no input at all (a container or service without
/// stdin) there is nobody to chat with: the bot says what to configure and exits 2 instead of 0, which a restart policy
/// would loop on.
/// </summary>
public sealed class ConsoleChat(ChatCommandRouter router, ImportCommand import, InsiderStore store, StoreSeeder seeder, ChartFiles charts, ConsoleOutput output, BotConsole console, IConfiguration configuration)
{
    public const string NothingConfigured =
        "No chat platform is configured and there is no console input: set Discord:Token and Discord:ApplicationId " +
        "(or Discord:PublicKey with Discord:Mode=http), or Slack:BotToken and Slack:AppToken (or Slack:SigningSecret with " +
        "Slack:Mode=http); for the console chat, run in a terminal or pipe commands in.";

    /// <summary>How long non-terminal input may take to show it is already over before the greeting.</summary>
    private static readonly TimeSpan FirstLineGrace = TimeSpan.FromMilliseconds(250);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // A terminal is read only after the greeting; other input is asked at once, and input that is already over
        // before the first line (stdin is /dev/null, or a pipe already closed) means there is nobody to chat with.
        // The system console reads synchronously even when asked asynchronously, so the first read runs on its own
        // thread: a pipe kept open with nothing in it yet still gets the greeting after a moment.
        var pending = console.Interactive ? null : Task.Run(() => console.In.ReadLineAsync(cancellationToken).AsTask(), cancellationToken);
        if (pending is not null) await Task.WhenAny(pending, Task.Delay(FirstLineGrace, cancellationToken));
        if (pending is { IsCompletedSuccessfully: true, Result: null })
            return await ConfigurationReport.WriteAsync(configuration, [NothingConfigured], console);

        seeder.EnsureSeeded();
        var stats = store.Statistics();
        var tickers = store.BusiestIssuers(6).Select(i => i.Ticker).ToList();
        await WriteAsync(
            $"InsiderBot local chat (no Discord or Slack credentials configured).{Environment.NewLine}" +
            $"Store: {store.FilePath} — {stats.Filings:#,0} filings, {stats.Trades:#,0} transactions.{Environment.NewLine}" +
            (tickers.Count > 0 ? $"Tickers it holds include: {string.Join(", ", tickers)}. Try /insiders {tickers[0]} 3650, /explain P or /help.{Environment.NewLine}" : "The store is empty: import filings with the import command.\n") +
            $"Type /quit to leave.{Environment.NewLine}");

        ReplyPaging? paging = null; // the last listing's, for more
        while (!cancellationToken.IsCancellationRequested)
        {
            await WriteAsync("> ", newline: false);
            var line = pending is null ? await console.In.ReadLineAsync(cancellationToken) : await pending;
            pending = null;
            if (line is null) break;
            line = line.Trim();
            if (line.Length == 0) continue;
            if (line is "/quit" or "/exit" or "quit" or "exit") break;
            if (!line.StartsWith('/')) line = "/" + line;

            var (name, arguments) = CommandLineSplitter.Split(line);
            if (name == MoreCommand.Name && arguments.Count == 0 && MoreCommand.Refusal(paging) is { } nothing)
            {
                await WriteAsync(nothing);
                continue;
            }

            var reply = name == MoreCommand.Name && arguments.Count == 0
                ? await router.ExecuteAsync(paging!.Next!, ChatOrigin.Console, cancellationToken)
                : name == import.Name
                ? await import.ExecuteAsync(new CommandInput(arguments, ChatOrigin.Console), cancellationToken)
                : await router.ExecuteAsync(line, ChatOrigin.Console, cancellationToken);
            if (!reply.IsError) paging = ReplyPaging.Of(reply);
            var text = PlainTextRenderer.Render(reply).TrimEnd();
            foreach (var saved in charts.SaveAll(reply)) text += Environment.NewLine + saved;
            if (!reply.IsError && paging?.Next is not null) text += $"{Environment.NewLine}Type more for the next page.";
            await WriteAsync(text + Environment.NewLine);
        }

        await WriteAsync("Bye.");
        return 0;
    }

    private Task WriteAsync(string text, bool newline = true) => output.WriteAsync(text, newline);
}
