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

    public static byte[] Build(long cik, string name, IEnumerable<Filing> filings)
    {
        var newestFirst = filings.OrderByDescending(f => f.FilingDate).ThenByDescending(f => f.Accession, StringComparer.Ordinal).ToList();
        string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        var recent = new Dictionary<string, object>
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
        var json = new Dictionary<string, object>
        {
            ["cik"] = cik.ToString(CultureInfo.InvariantCulture),
            ["entityType"] = "other",
            ["sic"] = "",
            ["name"] = name,
            ["tickers"] = Array.Empty<string>(),
            ["exchanges"] = Array.Empty<string>(),
            ["filings"] = new Dictionary<string, object> { ["recent"] = recent, ["files"] = Array.Empty<object>() },
        };
        return JsonSerializer.SerializeToUtf8Bytes(json);
    }
}
