using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace InsiderBot.Filings;

/// <summary>EDGAR accession numbers (<c>0000899243-21-044060</c>) and the content-hash identity used when none is known.</summary>
public static partial class AccessionNumber
{
    [GeneratedRegex(@"(?<!\d)(\d{10})-(\d{2})-(\d{6})(?!\d)")]
    private static partial Regex Dashed();

    // EDGAR folder layout: /Archives/edgar/data/{cik}/{18 digits}/
    [GeneratedRegex(@"/data/\d+/(\d{10})(\d{2})(\d{6})(?:/|$)")]
    private static partial Regex Folder();

    /// <summary>The accession number a path or URL carries, if any.</summary>
    public static string? FromPath(string path)
    {
        var normalised = path.Replace('\\', '/');
        var name = Path.GetFileName(normalised);
        var m = Dashed().Match(name);
        if (m.Success) return m.Value;
        m = Folder().Match(normalised);
        if (m.Success) return $"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}";
        m = Dashed().Match(normalised);
        return m.Success ? m.Value : null;
    }

    public static bool IsValid(string? text) => text is not null && Dashed().IsMatch(text) && text.Length == 20;

    /// <summary>The identity of a filing whose accession number is not known: a hash of its bytes.</summary>
    public static string FromContent(ReadOnlySpan<byte> content) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content))[..32];
}
