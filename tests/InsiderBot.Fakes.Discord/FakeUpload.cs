namespace InsiderBot.Fakes.Discord;

/// <summary>One part of a multipart request: its form name (<c>payload_json</c>, <c>files[0]</c>), file name, type and bytes.</summary>
public sealed record FakeUpload(string Name, string? FileName, string? ContentType, byte[] Content)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Content);
}
