namespace InsiderBot.Chat.Formatting;

/// <summary>What a reply repeats of what a user typed: enough to recognise it, never the whole of a hostile argument.</summary>
public static class EchoedInput
{
    public const int MaxCharacters = 20;

    /// <summary>The text, cut to <paramref name="max"/> characters followed by an ellipsis when longer.</summary>
    public static string Clip(string text, int max = MaxCharacters)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > max ? text[..max] + "…" : text;
    }
}
