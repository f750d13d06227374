using System.Globalization;
using System.Text.Json;

namespace InsiderBot.Edgar.History;

/// <summary>
/// A company's submissions list on data.sec.gov: <c>/submissions/CIK##########.json</c> holds the newest filings as
/// parallel arrays under <c>filings.recent</c> and names the older pages under <c>filings.files</c>
/// (<c>CIK##########-submissions-001.json</c>, each with its <c>filingFrom</c> and <c>filingTo</c>); an older page holds the
/// same parallel arrays at its top level.
/// </summary>
public static class CompanySubmissions
{
    public static string PathOf(long cik) => $"/submissions/CIK{cik.ToString("D10", CultureInfo.InvariantCulture)}.json";

    public static string PathOfPage(string name) => "/submissions/" + name;

    /// <summary>The Form 4s and 4/As listed, and the older pages named; null when the body is not of that shape.</summary>
    public static (IReadOnlyList<CompanyFiling> Filings, IReadOnlyList<OlderSubmissionsPage> OlderPages)? Read(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            if (root.TryGetProperty("filings", out var filings) && filings.ValueKind == JsonValueKind.Object)
            {
                if (!filings.TryGetProperty("recent", out var recent) || recent.ValueKind != JsonValueKind.Object) return null;
                var pages = filings.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array
                    ? files.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.Object).Select(Page).OfType<OlderSubmissionsPage>().ToList()
                    : [];
                return (Form4s(recent), pages);
            }

            // An older page: the columns at the top level.
            return root.TryGetProperty("accessionNumber", out _) ? (Form4s(root), []) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<CompanyFiling> Form4s(JsonElement columns)
    {
        var accessions = Column(columns, "accessionNumber");
        var forms = Column(columns, "form");
        var filed = Column(columns, "filingDate");
        var accepted = Column(columns, "acceptanceDateTime");
        var found = new List<CompanyFiling>();
        for (var i = 0; i < accessions.Count && i < forms.Count && i < filed.Count; i++)
        {
            if (forms[i] is not ("4" or "4/A")) continue;
            if (Date(filed[i]) is not { } filedOn || accessions[i].Length == 0) continue;
            var at = i < accepted.Count && DateTimeOffset.TryParse(accepted[i], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var a) ? a : (DateTimeOffset?)null;
            found.Add(new CompanyFiling(accessions[i], forms[i], filedOn, at));
        }

        return found;
    }

    private static OlderSubmissionsPage? Page(JsonElement file)
    {
        var name = file.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        // A page name is a plain file name: nothing that could climb out of /submissions/.
        if (name is null || name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal)) return null;
        return new OlderSubmissionsPage(name, DateOf(file, "filingFrom"), DateOf(file, "filingTo"));
    }

    private static DateOnly? DateOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Date(value.GetString() ?? "") : null;

    /// <summary>One parallel array of a submissions page as strings (a non-string cell reads as empty).</summary>
    internal static List<string> Column(JsonElement columns, string name) =>
        columns.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : "")]
            : [];

    internal static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
