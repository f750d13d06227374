namespace InsiderBot.Chat.Paging;

/// <summary>What every platform says about a pressed paging button.</summary>
public static class PageButtons
{
    /// <summary>The button does not carry a command line (it came from another version of the bot, or was forged).</summary>
    public const string Stale = "This button no longer leads to a page; run the command again, e.g. /insiders TSLA 3650.";

    /// <summary>True when a button's value is a command line the router can run.</summary>
    public static bool IsCommandLine(string? value) => value is { Length: > 1 } line && line[0] == '/';
}
