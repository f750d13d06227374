using System.Text.Json;
using InsiderBot.Edgar.History;

namespace InsiderBot.Edgar.Superinvestors;

/// <summary>
/// A manager's <c>data.sec.gov/submissions/CIK##########.json</c>: the 13F-HR and 13F-HR/A filings among its recent
/// filings (parallel arrays under <c>filings.recent</c>: <c>accessionNumber</c>, <c>form</c>, <c>filingDate</c>, <c>reportDate</c>).
/// </summary>
public static class ManagerSubmissions
{
    public static string PathOf(long cik) => CompanySubmissions.PathOf(cik);

    /// <summary>The 13F filings listed, or null when the body is not a submissions document (not JSON, or another shape).</summary>
    public static IReadOnlyList<ManagerFiling>? ThirteenFs(byte[] json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }

        using var _ = document;
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("filings", out var filings) || filings.ValueKind != JsonValueKind.Object
            || !filings.TryGetProperty("recent", out var recent) || recent.ValueKind != JsonValueKind.Object) return null;
        var accessions = CompanySubmissions.Column(recent, "accessionNumber");
        var forms = CompanySubmissions.Column(recent, "form");
        var filed = CompanySubmissions.Column(recent, "filingDate");
        var periods = CompanySubmissions.Column(recent, "reportDate");
        var found = new List<ManagerFiling>();
        for (var i = 0; i < accessions.Count && i < forms.Count && i < filed.Count && i < periods.Count; i++)
        {
            if (forms[i] is not ("13F-HR" or "13F-HR/A")) continue;
            if (CompanySubmissions.Date(filed[i]) is not { } filedOn || CompanySubmissions.Date(periods[i]) is not { } period) continue;
            found.Add(new ManagerFiling(accessions[i], forms[i], filedOn, period));
        }

        return found;
    }
}
