namespace InsiderBot.Chat.Replies;

/// <summary>A paragraph. <c>*bold*</c> is the only markup, and platforms may drop it.</summary>
public sealed record TextSection(string Text) : ReplySection;
