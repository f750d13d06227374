using InsiderBot.Chat.Replies;

namespace InsiderBot.LocalChat;

/// <summary><c>more</c> in the console chat: the next page of the last listing, which is the page line the listing carries.</summary>
public static class MoreCommand
{
    public const string Name = "more";

    /// <summary>Why there is no next page to show, in one line; null when there is one.</summary>
    public static string? Refusal(ReplyPaging? last) => last switch
    {
        null => "Nothing to page: more shows the next page of the last listing, e.g. after /insiders TSLA 3650.",
        { Next: null } => $"That was the last page ({last.Position}); {last.Previous} shows the one before.",
        _ => null,
    };
}
