namespace InsiderBot.Chat.Replies;

/// <summary>A picture that goes with a reply (the activity chart), as PNG bytes.</summary>
public sealed record ReplyImage(string FileName, byte[] Png, string Description)
{
    /// <summary>The picture as a file to upload.</summary>
    public ReplyFile AsFile() => new(FileName, Png, "image/png", Description);
}
