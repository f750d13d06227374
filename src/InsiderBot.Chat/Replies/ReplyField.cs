namespace InsiderBot.Chat.Replies;

/// <summary>A short labelled value ("Purchases": "$3.4M by 2 insiders").</summary>
public sealed record ReplyField(string Name, string Value);
