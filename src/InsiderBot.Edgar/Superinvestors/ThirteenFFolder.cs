using System.Text.Json;

namespace InsiderBot.Edgar.Superinvestors;

/// <summary>A 13F-HR filing folder's <c>index.json</c>: the cover page (<c>primary_doc.xml</c>) and the other XML documents, one of them the information table.</summary>
public static class ThirteenFFolder
{
    public const string CoverPage = "primary_doc.xml";

    /// <summary>The XML documents other than the cover page, in the folder's order; the rendered copies live in sub-folders and are left out.</summary>
    public static (IReadOnlyList<string> Tables, bool HasCoverPage) Documents(byte[] indexJson)
    {
        using var document = JsonDocument.Parse(indexJson);
        var tables = new List<string>();
        var cover = false;
        if (document.RootElement.TryGetProperty("directory", out var directory) && directory.TryGetProperty("item", out var items))
        {
            foreach (var item in items.EnumerateArray())
            {
                var name = item.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
                var type = item.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
                if (type.StartsWith("folder", StringComparison.OrdinalIgnoreCase) || !name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) continue;
                if (name.Equals(CoverPage, StringComparison.OrdinalIgnoreCase)) cover = true;
                else if (!name.Equals("FilingSummary.xml", StringComparison.OrdinalIgnoreCase)) tables.Add(name);
            }
        }

        return (tables, cover);
    }
}
