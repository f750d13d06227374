namespace InsiderBot.Cli;

/// <summary>
/// The streams the bot talks through; tests pass their own. <paramref name="Interactive"/> is a terminal someone types
/// at: its first read may wait for a person, so it is never read before the chat's greeting.
/// </summary>
public sealed record BotConsole(TextReader In, TextWriter Out, TextWriter Error, bool Interactive = false)
{
    public static BotConsole System => new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);
}
