namespace InsiderBot.Chat.Replies;

/// <summary>A small table (the code list of <c>/explain</c>), rendered as aligned text.</summary>
public sealed record TableSection(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ReplySection;
