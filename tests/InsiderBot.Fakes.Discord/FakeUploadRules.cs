using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace InsiderBot.Fakes.Discord;

/// <summary>
/// Discord's rules for a multipart message (developers/reference.mdx "Uploading Files"): a <c>payload_json</c> part, files in
/// parts named <c>files[n]</c> with a file name, each <c>n</c> an id of the payload's <c>attachments</c> (under <c>data</c> in an
/// interaction callback) with the same file name and every such id uploaded; at most 10 MiB a file and 25 MiB a request.
/// </summary>
internal static partial class FakeUploadRules
{
    public const int MaxFileBytes = 10 * 1024 * 1024;
    public const int MaxRequestBytes = 25 * 1024 * 1024;

    public static IReadOnlyList<FakeUpload> Parts(RecordedRequest request)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value
            ?? throw new InvalidDataException("multipart without a boundary");
        var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
        var parts = new List<FakeUpload>();
        while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var content = new MemoryStream();
            section.Body.CopyTo(content);
            parts.Add(new FakeUpload(HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "", HeaderUtilities.RemoveQuotes(disposition.FileName).Value, section.ContentType, content.ToArray()));
        }

        return parts;
    }

    /// <summary>The error Discord answers for a multipart body that breaks a rule, or null when it is acceptable.</summary>
    public static FakeResponse? Check(RecordedRequest request, bool isCallback)
    {
        if (request.Body.Length > MaxRequestBytes) return TooLarge();
        IReadOnlyList<FakeUpload> parts;
        try
        {
            parts = Parts(request);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException)
        {
            return Invalid("the multipart body cannot be read: " + ex.Message);
        }

        if (parts.SingleOrDefault(p => p.Name == "payload_json") is not { } payload) return Invalid("no payload_json part");
        JsonElement attachments;
        try
        {
            using var document = JsonDocument.Parse(payload.Content);
            var message = isCallback && document.RootElement.TryGetProperty("data", out var data) ? data : document.RootElement;
            attachments = message.TryGetProperty("attachments", out var a) ? a.Clone() : default;
        }
        catch (JsonException)
        {
            return Invalid("payload_json is not JSON");
        }

        var declared = attachments.ValueKind == JsonValueKind.Array
            ? attachments.EnumerateArray().ToDictionary(a => a.GetProperty("id").ToString(), a => a.TryGetProperty("filename", out var f) ? f.GetString() : null)
            : [];
        var uploaded = new HashSet<string>();
        foreach (var part in parts.Where(p => p.Name != "payload_json"))
        {
            if (FilePart().Match(part.Name) is not { Success: true } file) return Invalid($"unknown part {part.Name}");
            var id = file.Groups[1].Value;
            if (part.FileName is null) return Invalid($"{part.Name} has no filename");
            if (part.Content.Length > MaxFileBytes) return TooLarge();
            if (!declared.TryGetValue(id, out var name)) return Invalid($"{part.Name} has no attachment with id {id} in payload_json");
            if (name is not null && name != part.FileName) return Invalid($"{part.Name} is {part.FileName} but attachment {id} names {name}");
            uploaded.Add(id);
        }

        var missing = declared.Keys.FirstOrDefault(id => !uploaded.Contains(id) && id.Length < 10); // a snowflake keeps an existing attachment
        return missing is null ? null : Invalid($"attachment {missing} has no files[{missing}] part");
    }

    private static FakeResponse Invalid(string why) =>
        new(400, FakeDiscord.Json(new { message = "Invalid Form Body", code = 50035, errors = new { attachments = why } }));

    private static FakeResponse TooLarge() =>
        new(413, FakeDiscord.Json(new { message = "Request entity too large", code = 40005 }));

    [GeneratedRegex(@"^files\[([0-9]+)\]$")]
    private static partial Regex FilePart();
}
