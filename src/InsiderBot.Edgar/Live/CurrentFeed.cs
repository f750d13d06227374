using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using InsiderBot.Filings;

namespace InsiderBot.Edgar.Live;

/// <summary>
/// Reads a getcurrent Atom page. <c>type=4</c> is a prefix filter (424B2, 425 … come too), so only entries whose
/// <c>&lt;category term&gt;</c> is exactly <c>4</c> or <c>4/A</c> count; each filing is listed once per CIK it names.
/// </summary>
public static partial class CurrentFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [GeneratedRegex(@"/data/(\d+)/")]
    private static partial Regex CikInLink();

    /// <summary>The Form 4 filings of the page, newest first, each once.</summary>
    public static IReadOnlyList<FeedFiling> Read(byte[] atom)
    {
        XDocument document;
        using (var reader = XmlReader.Create(new MemoryStream(atom, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
            document = XDocument.Load(reader);

        var order = new List<string>();
        var found = new Dictionary<string, (string Type, List<long> Ciks, DateTimeOffset? Accepted)>(StringComparer.Ordinal);
        foreach (var entry in document.Root?.Elements(Atom + "entry") ?? [])
        {
            var term = entry.Element(Atom + "category")?.Attribute("term")?.Value.Trim();
            if (term is not ("4" or "4/A")) continue;
            var href = entry.Element(Atom + "link")?.Attribute("href")?.Value ?? "";
            var accession = AccessionFromId(entry.Element(Atom + "id")?.Value) ?? AccessionNumber.FromPath(href);
            if (accession is null) continue;
            DateTimeOffset? accepted = DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var at) ? at : null;
            if (!found.TryGetValue(accession, out var seen))
            {
                found[accession] = seen = (term, [], accepted);
                order.Add(accession);
            }

            if (CikInLink().Match(href) is { Success: true } m && FormValues.Cik(m.Groups[1].Value) is { } cik && !seen.Ciks.Contains(cik)) seen.Ciks.Add(cik);
        }

        return order.Select(a => new FeedFiling(a, found[a].Type, found[a].Ciks, found[a].Accepted, found[a].Accepted is { } t ? DateOnly.FromDateTime(t.DateTime) : null)).ToList();
    }

    private static string? AccessionFromId(string? id)
    {
        const string Marker = "accession-number=";
        var i = id?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
        if (i < 0) return null;
        var value = id![(i + Marker.Length)..].Trim();
        return AccessionNumber.IsValid(value) ? value : null;
    }
}
