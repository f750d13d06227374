namespace InsiderBot.Chat.Replies;

/// <summary>A titled list of items; <paramref name="Omitted"/> says how many more there were.</summary>
public sealed record ItemsSection(string Title, IReadOnlyList<ReplyItem> Items, int Omitted = 0) : ReplySection
{
    /// <summary>Set when the list is one page of a longer one: its position and how to reach the other pages.</summary>
    public ReplyPaging? Paging { get; init; }

    /// <summary>The line under the items: the page's position, or how many more there were; null when nothing is left out.</summary>
    public string? Remainder => Paging is { } paging ? paging.Position : Omitted > 0 ? $"… and {Omitted} more (narrow the window to see them)" : null;
}
