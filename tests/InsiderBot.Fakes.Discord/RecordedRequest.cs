using System.Text;
using System.Text.Json;

namespace InsiderBot.Fakes.Discord;

/// <summary>One request the fake received, with the fake clock's time of arrival.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string? ContentType, byte[] Body, DateTimeOffset At)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public bool IsMultipart => ContentType?.StartsWith("multipart/form-data", StringComparison.Ordinal) == true;

    /// <summary>The parts of a multipart body (<c>payload_json</c>, <c>files[0]</c> …), as Discord reads them.</summary>
    public IReadOnlyList<FakeUpload> Parts() => IsMultipart ? FakeUploadRules.Parts(this) : [];

    /// <summary>The uploaded file named <paramref name="fileName"/>, or null.</summary>
    public FakeUpload? File(string fileName) => Parts().FirstOrDefault(p => p.Name.StartsWith("files[", StringComparison.Ordinal) && p.FileName == fileName);

    /// <summary>The JSON body, or the <c>payload_json</c> part of a multipart body.</summary>
    public JsonElement Json()
    {
        var text = Text;
        if (IsMultipart)
        {
            var start = text.IndexOf('{', text.IndexOf("name=payload_json", StringComparison.Ordinal));
            var end = text.IndexOf("\r\n--", start, StringComparison.Ordinal);
            text = text[start..end];
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
