using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace InsiderBot.Filings;

/// <summary>
/// Reads 13F-HR information tables in every shape EDGAR serves them: a bare table (default namespace or an
/// <c>ns1:</c> prefix, with or without an XML declaration, blank lines before it), or a full submission (<c>.txt</c>
/// SGML or <c>.nc</c>) carrying the cover page and the table. Rows are summed per CUSIP (and put/call) and values
/// are turned into dollars.
/// </summary>
public sealed partial class ThirteenFParser
{
    private const int MaxBytes = 64 * 1024 * 1024;

    [GeneratedRegex(@"(?:CONFORMED PERIOD OF REPORT:\s*|<PERIOD>\s*)(\d{8})")]
    private static partial Regex HeaderPeriod();

    /// <param name="period">The quarter, when the caller knows it and the file does not say (a bare table).</param>
    /// <param name="filedOn">The filing date, when the caller knows it and the file does not say.</param>
    public ThirteenFOutcome Parse(byte[] content, string source, DateOnly? period = null, DateOnly? filedOn = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxBytes) return ThirteenFOutcome.Failed(source, $"larger than {MaxBytes / 1024 / 1024} MB");
        var text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        string? accession = null, formType = null, tableXml, coverXml = null;
        if (EdgarSubmission.Looks(text))
        {
            var (origin, _, type) = EdgarSubmission.Read(text, source);
            accession = origin.Accession;
            formType = type;
            filedOn ??= origin.FiledOn;
            if (period is null && HeaderPeriod().Match(text[..Math.Min(text.Length, 20_000)]) is { Success: true } m)
                period = ParseDate(m.Groups[1].Value, "yyyyMMdd");
            var blocks = XmlBlocks(text).ToList();
            tableXml = blocks.FirstOrDefault(b => b.Contains("informationTable", StringComparison.Ordinal));
            coverXml = blocks.FirstOrDefault(b => b.Contains("edgarSubmission", StringComparison.Ordinal));
        }
        else
        {
            tableXml = text;
        }

        if (tableXml is null) return ThirteenFOutcome.Failed(source, "no 13F information table in the file");
        try
        {
            var cover = coverXml is null ? null : ThirteenFCoverPage.Read(Load(coverXml));
            var table = Load(tableXml);
            if (table.Root?.Name.LocalName != "informationTable")
                return ThirteenFOutcome.Failed(source, $"the root element is <{table.Root?.Name.LocalName}>, not <informationTable>");
            var rows = table.Root.Elements().Where(e => e.Name.LocalName == "infoTable").Select(ReadRow).ToList();
            period ??= cover?.Period;
            filedOn ??= cover?.SignedOn;
            var (unit, basis) = ThirteenFValueUnits.Decide(filedOn, period, [.. rows.Select(r => (r.Value, r.Amount))]);
            var factor = unit == ThirteenFValueUnit.Thousands ? 1000m : 1m;
            var holdings = rows
                .GroupBy(r => (r.Cusip, r.PutCall))
                .Select(g => new ThirteenFHolding(g.Key.Cusip, g.First().IssuerName, g.First().TitleOfClass, g.Key.PutCall,
                    g.Sum(r => r.Value) * factor, g.Sum(r => r.Amount), g.First().AmountType, g.Count()))
                .OrderByDescending(h => h.Value).ThenBy(h => h.Cusip, StringComparer.Ordinal)
                .ToList();
            return ThirteenFOutcome.Parsed(new ThirteenFReport(source, accession, cover?.ManagerCik, cover?.ManagerName, period, filedOn,
                formType ?? cover?.FormType ?? "13F-HR", unit, basis, holdings, rows.Count));
        }
        catch (Exception ex) when (ex is XmlException or FormatException or OverflowException)
        {
            return ThirteenFOutcome.Failed(source, $"unreadable 13F XML: {ex.Message}");
        }
    }

    private static XDocument Load(string xml) =>
        XDocument.Load(XmlReader.Create(new StringReader(xml.Trim()), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }));

    private static IEnumerable<string> XmlBlocks(string text)
    {
        for (var from = 0; ;)
        {
            var open = text.IndexOf("<XML>", from, StringComparison.Ordinal);
            if (open < 0) yield break;
            var close = text.IndexOf("</XML>", open, StringComparison.Ordinal);
            if (close < 0) yield break;
            yield return text[(open + 5)..close];
            from = close + 6;
        }
    }

    private static ThirteenFRow ReadRow(XElement row)
    {
        string Text(params string[] path)
        {
            var e = row;
            foreach (var name in path) e = e?.Elements().FirstOrDefault(c => c.Name.LocalName == name);
            return e?.Value.Trim() ?? "";
        }

        var cusip = Text("cusip").ToUpperInvariant();
        if (cusip.Length == 0) throw new FormatException("an infoTable row has no cusip");
        var putCall = Text("putCall") is { Length: > 0 } pc ? pc.ToUpperInvariant() : null;
        return new ThirteenFRow(cusip, Text("nameOfIssuer"), Text("titleOfClass"), putCall,
            Number(Text("value"), "value"), Number(Text("shrsOrPrnAmt", "sshPrnamt"), "sshPrnamt"), Text("shrsOrPrnAmt", "sshPrnamtType").ToUpperInvariant());
    }

    private static decimal Number(string text, string field) =>
        decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var n)
            ? n : throw new FormatException($"{field} '{text}' is not a number");

    internal static DateOnly? ParseDate(string text, string format) =>
        DateOnly.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private sealed record ThirteenFRow(string Cusip, string IssuerName, string TitleOfClass, string? PutCall, decimal Value, decimal Amount, string AmountType);
}
