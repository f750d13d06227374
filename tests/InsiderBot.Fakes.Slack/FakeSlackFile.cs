namespace InsiderBot.Fakes.Slack;

/// <summary>A file shared by <c>files.completeUploadExternal</c>: its id, the name and title given, and the bytes uploaded.</summary>
public sealed record FakeSlackFile(string Id, string FileName, string Title, byte[] Content, string? ThreadTs)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Content);
}
