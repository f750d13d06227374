using System.Text.Json;

namespace InsiderBot.Edgar.Live;

/// <summary>A filing folder's <c>index.json</c>: which file is the primary ownership XML.</summary>
public static class FilingFolder
{
    public static string PathOf(long cik, string accession) => $"/Archives/edgar/data/{cik}/{accession.Replace("-", "", StringComparison.Ordinal)}/";

    /// <summary>
    /// The raw ownership XML (not the <c>xslF345X05/</c> rendering, which is a folder); the full submission
    /// <c>{accession}.txt</c> when the folder holds no XML (the SGML reader finds the XML inside it).
    /// </summary>
    public static string PrimaryDocument(byte[] indexJson, string accession)
    {
        using var document = JsonDocument.Parse(indexJson);
        var names = new List<string>();
        if (document.RootElement.TryGetProperty("directory", out var directory) && directory.TryGetProperty("item", out var items))
        {
            foreach (var item in items.EnumerateArray())
            {
                var name = item.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
                var type = item.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
                if (type.StartsWith("folder", StringComparison.OrdinalIgnoreCase)) continue;
                if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !name.Equals("FilingSummary.xml", StringComparison.OrdinalIgnoreCase)) names.Add(name);
            }
        }

        return names.FirstOrDefault() ?? accession + ".txt";
    }
}
