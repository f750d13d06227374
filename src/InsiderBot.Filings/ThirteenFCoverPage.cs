using System.Globalization;
using System.Xml.Linq;

namespace InsiderBot.Filings;

/// <summary>The facts the 13F primary document (<c>edgarSubmission</c>) gives about the table: who, which quarter, when signed.</summary>
public sealed record ThirteenFCoverPage(long? ManagerCik, string? ManagerName, DateOnly? Period, DateOnly? SignedOn, string? FormType)
{
    public static ThirteenFCoverPage Read(XDocument document)
    {
        string? First(string name) => document.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();
        string? Under(string parent, string name) => document.Descendants().FirstOrDefault(e => e.Name.LocalName == parent)?
            .Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();

        long? cik = long.TryParse(First("cik"), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : null;
        return new ThirteenFCoverPage(
            cik,
            Under("filingManager", "name"),
            ThirteenFParser.ParseDate(First("periodOfReport") ?? First("reportCalendarOrQuarter") ?? "", "MM-dd-yyyy"),
            ThirteenFParser.ParseDate(Under("signatureBlock", "signatureDate") ?? "", "MM-dd-yyyy"),
            First("submissionType"));
    }
}
