namespace InsiderBot.Chat.Replies;

/// <summary>A file to take away with a reply (<c>export:csv</c>): its name, bytes and media type.</summary>
public sealed record ReplyFile(string FileName, byte[] Content, string ContentType, string Description);
