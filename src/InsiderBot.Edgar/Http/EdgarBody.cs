using System.Text.Json;
using System.Xml;

namespace InsiderBot.Edgar.Http;

/// <summary>Checks that a body arrived whole: null when it did, otherwise what is wrong with it.</summary>
public static class EdgarBody
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static string? Any(byte[] body) => body.Length == 0 ? "the body is empty" : null;

    public static string? Xml(byte[] body)
    {
        if (body.Length == 0) return "the body is empty";
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body, writable: false), Settings);
            while (reader.Read())
            {
            }

            return null;
        }
        catch (XmlException ex)
        {
            return $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}";
        }
    }

    public static string? Json(byte[] body)
    {
        if (body.Length == 0) return "the body is empty";
        try
        {
            using var document = JsonDocument.Parse(body);
            return null;
        }
        catch (JsonException ex)
        {
            return $"malformed JSON: {ex.Message.Split('\n')[0]}";
        }
    }

    /// <summary>A daily index: its header must be there and the last line must be complete.</summary>
    public static string? Index(byte[] body)
    {
        if (body.Length == 0) return "the body is empty";
        if (body[^1] != (byte)'\n') return "the index ends mid-line (truncated)";
        return System.Text.Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 4096)).Contains("Form Type", StringComparison.Ordinal)
            ? null
            : "the index has no 'Form Type' header";
    }

    /// <summary>A zip: its end-of-central-directory record must be present.</summary>
    public static string? Zip(byte[] body)
    {
        if (body.Length < 22) return "the zip is too short";
        for (var i = body.Length - 22; i >= Math.Max(0, body.Length - 65_557); i--)
        {
            if (body[i] == 0x50 && body[i + 1] == 0x4B && body[i + 2] == 0x05 && body[i + 3] == 0x06) return null;
        }

        return "the zip has no end-of-central-directory record (truncated)";
    }
}
