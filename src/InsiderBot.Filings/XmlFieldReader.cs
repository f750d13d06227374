using System.Text;
using System.Xml;

namespace InsiderBot.Filings;

/// <summary>
/// Flattens one element of an ownership document into leaf fields. Form 4 wraps most values as
/// <c>&lt;transactionShares&gt;&lt;value&gt;100&lt;/value&gt;&lt;footnoteId id="F1"/&gt;&lt;/transactionShares&gt;</c>;
/// the leaf names are unique within a transaction, owner or issuer, so the field is the element that holds the value.
/// </summary>
internal static class XmlFieldReader
{
    /// <summary>Reads the element the reader is on, leaving the reader just past its end.</summary>
    public static void Read(XmlReader reader, Dictionary<string, string> fields, List<FootnoteReference>? footnotes)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var baseDepth = reader.Depth;
        var path = new List<string>(6);
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == baseDepth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "footnoteId":
                    var id = reader.GetAttribute("id");
                    if (id is not null && footnotes is not null)
                        footnotes.Add(new FootnoteReference(path.Count > 0 ? FieldOf(path) : "", id.Trim()));
                    if (!reader.IsEmptyElement)
                    {
                        reader.Skip();
                        continue;
                    }
                    break;
                case XmlNodeType.Element:
                    if (!reader.IsEmptyElement) path.Add(reader.LocalName);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    if (path.Count > 0)
                    {
                        var field = FieldOf(path);
                        var text = reader.Value;
                        fields[field] = fields.TryGetValue(field, out var earlier) ? earlier + text : text;
                    }
                    break;
                case XmlNodeType.EndElement:
                    if (path.Count > 0) path.RemoveAt(path.Count - 1);
                    break;
            }

            if (!reader.Read()) throw new XmlException("the document ends inside an element");
        }

        reader.Read();
    }

    /// <summary>All the text inside the element the reader is on.</summary>
    public static string Text(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var baseDepth = reader.Depth;
        var text = new StringBuilder();
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == baseDepth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
                text.Append(reader.Value);
            if (!reader.Read()) throw new XmlException("the document ends inside an element");
        }

        reader.Read();
        return text.ToString().Trim();
    }

    private static string FieldOf(List<string> path) =>
        path[^1] == "value" && path.Count > 1 ? path[^2] : path[^1];
}
