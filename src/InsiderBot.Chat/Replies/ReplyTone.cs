namespace InsiderBot.Chat.Replies;

/// <summary>What a reply means at a glance; platforms colour by it (buying green, selling red).</summary>
public enum ReplyTone
{
    Neutral,
    Buying,
    Selling,
    Mixed,
    Warning,
    Error,
}
