namespace InsiderBot.Chat.Replies;

/// <summary>A group of short labelled values, shown side by side where the platform can.</summary>
public sealed record FieldsSection(IReadOnlyList<ReplyField> Fields) : ReplySection;
