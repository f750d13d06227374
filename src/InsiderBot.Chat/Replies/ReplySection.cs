namespace InsiderBot.Chat.Replies;

/// <summary>One part of a reply. Platforms render each kind their own way; plain text renders all of them.</summary>
public abstract record ReplySection;
