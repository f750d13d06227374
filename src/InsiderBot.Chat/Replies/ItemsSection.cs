namespace InsiderBot.Chat.Replies;

/// <summary>A titled list of items; <paramref name="Omitted"/> says how many more there were.</summary>
public sealed record ItemsSection(string Title, IReadOnlyList<ReplyItem> Items, int Omitted = 0) : ReplySection;
