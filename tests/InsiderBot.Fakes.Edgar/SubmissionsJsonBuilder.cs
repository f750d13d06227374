using System.Globalization;
using System.Text.Json;

namespace InsiderBot.Fakes.Edgar;

/// <summary>
/// A company's <c>data.sec.gov/submissions/CIK##########.json</c> in EDGAR's shape: company facts at the top and
/// <c>filings.recent</c> as parallel arrays, newest first.
/// </summary>
public static class SubmissionsJsonBuilder
{
    public sealed record Filing(string Accession, string Form, DateOnly FilingDate, DateOnly? ReportDate, string PrimaryDocument);

    /// <summary>An older page named in <c>filings.files</c>.</summary>
    public sealed record OlderPage(string Name, int FilingCount, DateOnly FilingFrom, DateOnly FilingTo);

    public static byte[] Build(long cik, string name, IEnumerable<Filing> filings, IReadOnlyList<OlderPage>? olderPages = null)
    {
        var recent = Columns(filings);
        var files = (olderPages ?? []).Select(p => new Dictionary<string, object>
        {
            ["name"] = p.Name,
            ["filingCount"] = p.FilingCount,
            ["filingFrom"] = p.FilingFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["filingTo"] = p.FilingTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).ToList();
        var json = new Dictionary<string, object>
        {
            ["cik"] = cik.ToString(CultureInfo.InvariantCulture),
            ["entityType"] = "other",
            ["sic"] = "",
            ["name"] = name,
            ["tickers"] = Array.Empty<string>(),
            ["exchanges"] = Array.Empty<string>(),
            ["filings"] = new Dictionary<string, object> { ["recent"] = recent, ["files"] = files },
        };
        return JsonSerializer.SerializeToUtf8Bytes(json);
    }

    /// <summary>An older page (<c>CIK##########-submissions-001.json</c>): the same columns at the top level.</summary>
    public static byte[] BuildPage(IEnumerable<Filing> filings) => JsonSerializer.SerializeToUtf8Bytes(Columns(filings));

    private static Dictionary<string, object> Columns(IEnumerable<Filing> filings)
    {
        var newestFirst = filings.OrderByDescending(f => f.FilingDate).ThenByDescending(f => f.Accession, StringComparer.Ordinal).ToList();
        string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return new Dictionary<string, object>
        {
            ["accessionNumber"] = newestFirst.Select(f => f.Accession).ToList(),
            ["filingDate"] = newestFirst.Select(f => Day(f.FilingDate)).ToList(),
            ["reportDate"] = newestFirst.Select(f => Day(f.ReportDate)).ToList(),
            ["acceptanceDateTime"] = newestFirst.Select(f => f.FilingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T16:05:12.000Z").ToList(),
            ["act"] = newestFirst.Select(_ => "34").ToList(),
            ["form"] = newestFirst.Select(f => f.Form).ToList(),
            ["fileNumber"] = newestFirst.Select(_ => "028-04545").ToList(),
            ["filmNumber"] = newestFirst.Select((_, i) => (24_000_000 + i).ToString(CultureInfo.InvariantCulture)).ToList(),
            ["items"] = newestFirst.Select(_ => "").ToList(),
            ["size"] = newestFirst.Select(_ => 52_133).ToList(),
            ["isXBRL"] = newestFirst.Select(_ => 0).ToList(),
            ["isInlineXBRL"] = newestFirst.Select(_ => 0).ToList(),
            ["primaryDocument"] = newestFirst.Select(f => f.PrimaryDocument).ToList(),
            ["primaryDocDescription"] = newestFirst.Select(f => f.Form).ToList(),
        };
    }
}
