namespace InsiderBot.Chat.Replies;

/// <summary>One entry of a list (a trade, a signal): a headline, its details, and the reading that says why it matters.</summary>
public sealed record ReplyItem(string Headline, string Detail, string Reading, ReplyTone Tone = ReplyTone.Neutral);
