using System.Globalization;
using System.Text.RegularExpressions;

namespace InsiderBot.Filings;

/// <summary>
/// An EDGAR full submission (<c>.txt</c> SGML, or the <c>.nc</c> dissemination format): the header facts and the
/// ownership XML inside <c>&lt;XML&gt;…&lt;/XML&gt;</c>.
/// </summary>
public static partial class EdgarSubmission
{
    [GeneratedRegex(@"(?:ACCESSION NUMBER:\s*|<ACCESSION-NUMBER>\s*)(\d{10}-\d{2}-\d{6})")]
    private static partial Regex Accession();

    [GeneratedRegex(@"(?:FILED AS OF DATE:\s*|<FILING-DATE>\s*)(\d{8})")]
    private static partial Regex FiledDate();

    [GeneratedRegex(@"<ACCEPTANCE-DATETIME>\s*(\d{14})")]
    private static partial Regex Acceptance();

    [GeneratedRegex(@"(?:CONFORMED SUBMISSION TYPE:\s*|<TYPE>)([^\s<]+)")]
    private static partial Regex SubmissionType();

    /// <summary>True when the text looks like an SGML submission rather than bare XML.</summary>
    public static bool Looks(ReadOnlySpan<char> start) =>
        start.StartsWith("<SEC-DOCUMENT>") || start.StartsWith("<SUBMISSION>") || start.StartsWith("-----BEGIN PRIVACY-ENHANCED MESSAGE") || start.StartsWith("<SEC-HEADER>");

    /// <summary>Reads the header and finds the ownership XML. The XML is null when the submission carries none.</summary>
    public static (FilingOrigin Origin, string? Xml, string Type) Read(string text, string source)
    {
        var headerEnd = text.IndexOf("<DOCUMENT>", StringComparison.Ordinal);
        var header = headerEnd > 0 ? text[..headerEnd] : text[..Math.Min(text.Length, 20_000)];
        var accession = Accession().Match(header) is { Success: true } a ? a.Groups[1].Value : null;
        DateOnly? filed = FiledDate().Match(header) is { Success: true } f
            && DateOnly.TryParseExact(f.Groups[1].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        DateTimeOffset? accepted = Acceptance().Match(header) is { Success: true } t
            && DateTime.TryParseExact(t.Groups[1].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, EdgarTimeZone.Eastern.GetUtcOffset(local)) : null;
        var type = SubmissionType().Match(header) is { Success: true } s ? s.Groups[1].Value : "";

        string? xml = null;
        var searchFrom = 0;
        while (true)
        {
            var open = text.IndexOf("<XML>", searchFrom, StringComparison.Ordinal);
            if (open < 0) break;
            var close = text.IndexOf("</XML>", open, StringComparison.Ordinal);
            if (close < 0) break;
            var candidate = text[(open + 5)..close];
            if (candidate.Contains("<ownershipDocument", StringComparison.Ordinal))
            {
                xml = candidate.Trim();
                break;
            }
            searchFrom = close + 6;
        }

        return (new FilingOrigin(source, accession, filed, accepted), xml, type);
    }
}
