namespace InsiderBot.Chat.Replies;

/// <summary>A titled list of items; <paramref name="Omitted"/> says how many more there were.</summary>
public sealed record ItemsSection(string Title, IReadOnlyList<ReplyItem> Items, int Omitted = 0) : ReplySection
{
    /// <summary>Set when the list is one page of a longer one: its position and how to reach the other pages.</summary>
    public ReplyPaging? Paging { get; init; }

    /// <summary>Set when a shortened list has its own listing elsewhere: the command line that pages through all of it.</summary>
    public ReplyLink? Rest { get; init; }

    /// <summary>The label of the button that leads to <see cref="Rest"/>: "All 23 signals".</summary>
    public string? RestLabel => Rest is { } rest ? $"All {Items.Count + Omitted} {rest.Noun}" : null;

    /// <summary>"signals 1–5 of 23" when a shortened list has its own listing (<see cref="Rest"/>); else null.</summary>
    public string? RestPosition => Rest is { } rest && Omitted > 0 ? $"{rest.Noun} 1–{Items.Count} of {Items.Count + Omitted}" : null;

    /// <summary>The line under the items: the page's position, or how many more there were and how to see them; null when nothing is left out.</summary>
    public string? Remainder => Paging is { } paging ? paging.Position
        : Omitted <= 0 ? null
        : RestPosition is { } shown ? $"{shown} · all of them: {Rest!.Line}"
        : $"… and {Omitted} more, left out to fit this message";
}
