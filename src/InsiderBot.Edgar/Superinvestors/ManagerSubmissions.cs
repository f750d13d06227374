using System.Globalization;
using System.Text.Json;

namespace InsiderBot.Edgar.Superinvestors;

/// <summary>
/// A manager's <c>data.sec.gov/submissions/CIK##########.json</c>: the 13F-HR and 13F-HR/A filings among its recent
/// filings (parallel arrays under <c>filings.recent</c>: <c>accessionNumber</c>, <c>form</c>, <c>filingDate</c>, <c>reportDate</c>).
/// </summary>
public static class ManagerSubmissions
{
    public static string PathOf(long cik) => $"/submissions/CIK{cik.ToString("D10", CultureInfo.InvariantCulture)}.json";

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
        var accessions = Column(recent, "accessionNumber");
        var forms = Column(recent, "form");
        var filed = Column(recent, "filingDate");
        var periods = Column(recent, "reportDate");
        var found = new List<ManagerFiling>();
        for (var i = 0; i < accessions.Count && i < forms.Count && i < filed.Count && i < periods.Count; i++)
        {
            if (forms[i] is not ("13F-HR" or "13F-HR/A")) continue;
            if (Date(filed[i]) is not { } filedOn || Date(periods[i]) is not { } period) continue;
            found.Add(new ManagerFiling(accessions[i], forms[i], filedOn, period));
        }

        return found;
    }

    private static List<string> Column(JsonElement recent, string name) =>
        recent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : "")]
            : [];

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
