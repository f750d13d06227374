using InsiderBot.Cli;

namespace InsiderBot.LocalChat;

/// <summary>The console's output, shared by the chat and the alert printer so their lines never interleave.</summary>
public sealed class ConsoleOutput(BotConsole console)
{
    private readonly SemaphoreSlim writeLock = new(1, 1);

    public async Task WriteAsync(string text, bool newline = true)
    {
        await writeLock.WaitAsync();
        try
        {
            if (newline) await console.Out.WriteLineAsync(text);
            else await console.Out.WriteAsync(text);
            await console.Out.FlushAsync();
        }
        finally
        {
            writeLock.Release();
        }
    }
}
