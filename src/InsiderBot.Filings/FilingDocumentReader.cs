using System.Text;

namespace InsiderBot.Filings;

/// <summary>Reads one file's bytes, whichever shape EDGAR gave it: bare ownership XML or a full SGML submission.</summary>
public sealed class FilingDocumentReader(Form4Parser parser)
{
    public FilingDocumentReader() : this(new Form4Parser())
    {
    }

    public ParseOutcome Read(byte[] content, string source, FilingOrigin? knownOrigin = null)
    {
        var sniff = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, 128)).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        if (!EdgarSubmission.Looks(sniff))
            return parser.Parse(content, knownOrigin ?? new FilingOrigin(source));

        var text = Encoding.UTF8.GetString(content);
        var (origin, xml, type) = EdgarSubmission.Read(text, source);
        if (xml is null)
        {
            return type is "4" or "4/A"
                ? ParseOutcome.Quarantined(source, $"the Form {type} submission {origin.Accession} carries no XML ownership document (a text filing from before 2003): nothing machine-readable to import")
                : ParseOutcome.Skipped(source, $"a Form {(type.Length > 0 ? type : "?")} submission without an ownership document");
        }

        return parser.Parse(Encoding.UTF8.GetBytes(xml), origin);
    }
}
