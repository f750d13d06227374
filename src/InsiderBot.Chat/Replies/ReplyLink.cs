namespace InsiderBot.Chat.Replies;

/// <summary>
/// The command line that lists, page by page, the <paramref name="Noun"/> a shortened list leaves out
/// (<c>/insiders TSLA 3650 signals</c>). Discord and Slack put it on a button beside the paging ones; text shows it to be typed.
/// </summary>
public sealed record ReplyLink(string Noun, string Line)
{
    /// <summary>The first shortened list of a reply that says where the rest is, or null.</summary>
    public static ItemsSection? Of(ChatReply reply) => reply.Sections.OfType<ItemsSection>().FirstOrDefault(s => s is { Rest: not null, Omitted: > 0 });
}
