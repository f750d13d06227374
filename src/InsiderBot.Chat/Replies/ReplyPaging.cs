namespace InsiderBot.Chat.Replies;

/// <summary>
/// Where a listing's page sits in the whole (<see cref="Position"/>: "trades 21–40 of 91") and the command lines that
/// show the page before and after it (<c>/insiders TSLA 3650 page:3</c>), null at either end. Discord and Slack turn
/// the lines into buttons, the console into <c>more</c>; a platform that cannot carry a line shows it to be typed.
/// </summary>
public sealed record ReplyPaging(string Noun, int First, int Last, int Total, string? Previous, string? Next)
{
    public string Position => $"{Noun} {First}–{Last} of {Total}";

    /// <summary>"trades 1–20 of 91 · next page: /insiders TSLA 3650 page:2", for text that cannot carry buttons.</summary>
    public string Typed => Next is { } next ? $"{Position} · next page: {next}" : Position;

    /// <summary>The paging of a reply's listing, or null when everything fitted.</summary>
    public static ReplyPaging? Of(ChatReply reply) =>
        reply.Sections.OfType<ItemsSection>().Select(s => s.Paging).FirstOrDefault(p => p is not null);
}
