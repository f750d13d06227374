using System.Text;
using System.Text.RegularExpressions;

namespace InsiderBot.Filings;

/// <summary>
/// Tells a 13F-HR file from a Form 4 by its first bytes: a bare <c>informationTable</c>, or an EDGAR submission
/// (<c>.txt</c>/<c>.nc</c>) whose header says 13F-HR or 13F-HR/A. A 13F-NT (a notice, no table) is not one.
/// </summary>
public static partial class ThirteenFFiles
{
    private const int SniffBytes = 8192;

    [GeneratedRegex(@"^(?:<\?xml[^>]*\?>\s*|<!--.*?-->\s*)*<(?:[\w.-]+:)?informationTable[\s>/]", RegexOptions.Singleline)]
    private static partial Regex BareTable();

    [GeneratedRegex(@"(?:CONFORMED SUBMISSION TYPE:\s*|<TYPE>)13F-HR(?:/A)?\s*(?:[\r\n<]|$)")]
    private static partial Regex ThirteenFType();

    public static bool Looks(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, SniffBytes))
            .TrimStart('\u00EF', '\u00BB', '\u00BF', '\uFEFF', ' ', '\t', '\r', '\n');
        if (EdgarSubmission.Looks(start))
        {
            var headerEnd = start.IndexOf("<DOCUMENT>", StringComparison.Ordinal);
            return ThirteenFType().IsMatch(headerEnd > 0 ? start[..headerEnd] : start);
        }

        return BareTable().IsMatch(start);
    }
}
