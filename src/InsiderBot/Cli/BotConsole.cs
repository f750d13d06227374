namespace InsiderBot.Cli;

/// <summary>The streams the bot talks through; tests pass their own.</summary>
public sealed record BotConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    public static BotConsole System => new(Console.In, Console.Out, Console.Error);
}
