using System.Text;
using System.Xml;

namespace InsiderBot.Filings;

/// <summary>
/// Flattens one element of an ownership document into leaf fields. Form 4 wraps most values as
/// <c>&lt;transactionShares&gt;&lt;value&gt;100&lt;/value&gt;&lt;footnoteId id="F1"/&gt;&lt;/transactionShares&gt;</c>;
/// the leaf names are unique within a transaction, owner or issuer, so the field is the element that holds the value.
/// One per parse: the field slots and the path of open elements are reused from element to element.
/// </summary>
internal sealed class XmlFieldReader(XmlReader reader)
{
    private readonly List<string> path = new(8);

    /// <summary>The fields of the element last read.</summary>
    public FieldValues Fields { get; } = new();

    /// <summary>Reads the element the reader is on into <see cref="Fields"/>, leaving the reader just past its end.</summary>
    public void Read() => Read(keepFootnotes: false);

    /// <summary>Like <see cref="Read()"/>, and returns the footnote references inside the element.</summary>
    public IReadOnlyList<FootnoteReference> ReadWithFootnotes() => (IReadOnlyList<FootnoteReference>?)Read(keepFootnotes: true) ?? [];

    private List<FootnoteReference>? Read(bool keepFootnotes)
    {
        Fields.Clear();
        path.Clear();
        List<FootnoteReference>? footnotes = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return footnotes;
        }

        var baseDepth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == baseDepth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == Form4Names.FootnoteId:
                    var id = reader.GetAttribute(Form4Names.Id);
                    if (id is not null && keepFootnotes)
                        (footnotes ??= []).Add(new FootnoteReference(path.Count > 0 ? FieldName() : "", id.Trim()));
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
                    if (path.Count > 0 && Form4Names.FieldOf(FieldName()) is var field and >= 0)
                        Fields.Append(field, reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    if (path.Count > 0) path.RemoveAt(path.Count - 1);
                    break;
            }

            if (!reader.Read()) throw new XmlException("the document ends inside an element");
        }

        reader.Read();
        return footnotes;
    }

    /// <summary>All the text inside the element the reader is on.</summary>
    public string Text()
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var baseDepth = reader.Depth;
        string? single = null;
        StringBuilder? joined = null;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == baseDepth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                if (single is null) single = reader.Value;
                else (joined ??= new StringBuilder(single)).Append(reader.Value);
            }

            if (!reader.Read()) throw new XmlException("the document ends inside an element");
        }

        reader.Read();
        return (joined?.ToString() ?? single ?? "").Trim();
    }

    // The leaf element, or the element around a <value>.
    private string FieldName() =>
        path[^1] == Form4Names.Value && path.Count > 1 ? path[^2] : path[^1];
}
