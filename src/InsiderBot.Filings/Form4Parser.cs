using System.Xml;

namespace InsiderBot.Filings;

/// <summary>
/// Reads a Form 4 / 4/A <c>ownershipDocument</c> in one forward pass. Never throws for bad input: every
/// input ends parsed, skipped (not a Form 4) or quarantined with a reason a person can act on.
/// </summary>
public sealed class Form4Parser
{
    private const long MaxDocumentCharacters = 32 * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersInDocument = MaxDocumentCharacters,
        XmlResolver = null,
    };

    private static readonly HashSet<string> KnownTopLevel =
    [
        "schemaVersion", "documentType", "periodOfReport", "dateOfOriginalSubmission", "notSubjectToSection16",
        "form3HoldingsReported", "form4TransactionsReported", "issuer", "reportingOwner", "aff10b5One",
        "nonDerivativeTable", "derivativeTable", "footnotes", "remarks", "ownerSignature", "noSecuritiesOwned",
    ];

    public ParseOutcome Parse(ReadOnlySpan<byte> content, FilingOrigin origin)
    {
        var start = SkipLeadingWhitespace(content);
        if (start.IsEmpty) return ParseOutcome.Quarantined(origin.Source, "the file is empty");
        if (start[0] != (byte)'<') return ParseOutcome.Quarantined(origin.Source, "the file is not XML (it does not start with '<')");

        try
        {
            using var stream = new MemoryStream(start.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            return Read(reader, content, origin);
        }
        catch (XmlException ex)
        {
            return ParseOutcome.Quarantined(origin.Source, $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {FirstSentence(ex.Message)}");
        }
        catch (Exception ex) when (ex is System.Text.DecoderFallbackException or ArgumentException or InvalidOperationException or OverflowException or FormatException)
        {
            return ParseOutcome.Quarantined(origin.Source, $"unreadable content: {FirstSentence(ex.Message)}");
        }
    }

    private static ParseOutcome Read(XmlReader reader, ReadOnlySpan<byte> content, FilingOrigin origin)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element)
            return ParseOutcome.Quarantined(origin.Source, "the file has no root element");
        if (reader.LocalName != "ownershipDocument")
            return ParseOutcome.Skipped(origin.Source, $"the root element is <{reader.LocalName}>, not a Form 4 <ownershipDocument>");

        var document = new DocumentParts();
        if (reader.IsEmptyElement)
            return ParseOutcome.Quarantined(origin.Source, "the ownershipDocument is empty");

        var rootDepth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == rootDepth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                ReadTopLevel(reader, document);
                continue;
            }

            if (!reader.Read()) throw new XmlException("the document ends before </ownershipDocument>");
        }

        return Assemble(document, content, origin);
    }

    private static void ReadTopLevel(XmlReader reader, DocumentParts document)
    {
        var name = reader.LocalName;
        switch (name)
        {
            case "issuer":
            case "ownerSignature":
                var fields = new Dictionary<string, string>();
                XmlFieldReader.Read(reader, fields, null);
                if (name == "issuer") document.Issuer = fields;
                else document.SignatureDate ??= FormValues.Date(fields.GetValueOrDefault("signatureDate"));
                return;
            case "reportingOwner":
                var owner = new Dictionary<string, string>();
                XmlFieldReader.Read(reader, owner, null);
                document.Owners.Add(owner);
                return;
            case "nonDerivativeTable":
                ReadTable(reader, OwnershipTable.NonDerivative, document);
                return;
            case "derivativeTable":
                ReadTable(reader, OwnershipTable.Derivative, document);
                return;
            case "footnotes":
                ReadFootnotes(reader, document);
                return;
            default:
                var text = XmlFieldReader.Text(reader);
                if (KnownTopLevel.Contains(name)) document.Header[name] = text;
                else document.Warnings.Add($"unknown element <{name}> ignored");
                return;
        }
    }

    private static void ReadTable(XmlReader reader, OwnershipTable table, DocumentParts document)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                if (!reader.Read()) throw new XmlException("the document ends inside a table");
                continue;
            }

            var row = reader.LocalName;
            var fields = new Dictionary<string, string>();
            var footnotes = new List<FootnoteReference>();
            var isTransaction = row is "nonDerivativeTransaction" or "derivativeTransaction";
            var isHolding = row is "nonDerivativeHolding" or "derivativeHolding";
            if (!isTransaction && !isHolding)
            {
                document.Warnings.Add($"unknown row <{row}> in {table} table ignored");
                reader.Skip();
                continue;
            }

            XmlFieldReader.Read(reader, fields, footnotes);
            if (isTransaction) document.Transactions.Add(Form4Rows.Transaction(table, document.Transactions.Count(t => t.Table == table), fields, footnotes, document.Warnings));
            else document.Holdings.Add(Form4Rows.Holding(table, document.Holdings.Count(h => h.Table == table), fields, footnotes));
        }

        reader.Read();
    }

    private static void ReadFootnotes(XmlReader reader, DocumentParts document)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "footnote")
            {
                var id = reader.GetAttribute("id")?.Trim() ?? "";
                var text = XmlFieldReader.Text(reader);
                if (id.Length > 0) document.Footnotes.Add(new Footnote(id, text));
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
                continue;
            }

            if (!reader.Read()) throw new XmlException("the document ends inside <footnotes>");
        }

        reader.Read();
    }

    private static ParseOutcome Assemble(DocumentParts document, ReadOnlySpan<byte> content, FilingOrigin origin)
    {
        var header = document.Header;
        var documentType = header.GetValueOrDefault("documentType", "").Trim().ToUpperInvariant();
        if (documentType is not ("4" or "4/A"))
        {
            var what = documentType.Length == 0 ? "no documentType" : $"Form {documentType}";
            return ParseOutcome.Skipped(origin.Source, $"{what}: only Forms 4 and 4/A are imported");
        }

        if (document.Issuer is null)
            return ParseOutcome.Quarantined(origin.Source, "the filing has no <issuer> element");
        var issuerCik = FormValues.Cik(document.Issuer.GetValueOrDefault("issuerCik"));
        if (issuerCik is null)
            return ParseOutcome.Quarantined(origin.Source, $"the issuer CIK is missing or not a number ('{Clip(document.Issuer.GetValueOrDefault("issuerCik"))}')");
        if (document.Owners.Count == 0)
            return ParseOutcome.Quarantined(origin.Source, "the filing names no reporting owner");

        var owners = new List<ReportingOwner>(document.Owners.Count);
        foreach (var fields in document.Owners)
        {
            var cik = FormValues.Cik(fields.GetValueOrDefault("rptOwnerCik"));
            if (cik is null)
                return ParseOutcome.Quarantined(origin.Source, $"a reporting owner's CIK is missing or not a number ('{Clip(fields.GetValueOrDefault("rptOwnerCik"))}')");
            owners.Add(Form4Rows.Owner(cik.Value, fields));
        }

        var accession = origin.Accession ?? AccessionNumber.FromPath(origin.Source) ?? AccessionNumber.FromContent(content);
        var filing = new Form4Filing
        {
            Accession = accession,
            DocumentType = documentType,
            SchemaVersion = header.GetValueOrDefault("schemaVersion", "").Trim(),
            PeriodOfReport = FormValues.Date(header.GetValueOrDefault("periodOfReport")),
            DateOfOriginalSubmission = FormValues.Date(header.GetValueOrDefault("dateOfOriginalSubmission")),
            FiledOn = origin.FiledOn ?? AcceptedDate(origin.AcceptedAt) ?? document.SignatureDate,
            AcceptedAt = origin.AcceptedAt,
            NotSubjectToSection16 = FormValues.Flag(header.GetValueOrDefault("notSubjectToSection16")),
            Aff10b5One = FormValues.Flag(header.GetValueOrDefault("aff10b5One")),
            Issuer = new Issuer(
                issuerCik.Value,
                document.Issuer.GetValueOrDefault("issuerName", "").Trim(),
                document.Issuer.GetValueOrDefault("issuerTradingSymbol", "").Trim()),
            Owners = owners,
            Transactions = document.Transactions,
            Holdings = document.Holdings,
            Footnotes = document.Footnotes,
            Remarks = header.GetValueOrDefault("remarks", ""),
            Source = origin.Source,
            Warnings = document.Warnings,
        };
        return ParseOutcome.Parsed(filing);
    }

    private static DateOnly? AcceptedDate(DateTimeOffset? acceptedAt) =>
        acceptedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null;

    private static ReadOnlySpan<byte> SkipLeadingWhitespace(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("\uFEFF"u8)) content = content[3..];
        var i = 0;
        while (i < content.Length && content[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return content[i..];
    }

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }

    private static string Clip(string? text) => text is null ? "" : text.Length > 40 ? text[..40] + "…" : text.Trim();

    private sealed class DocumentParts
    {
        public Dictionary<string, string> Header { get; } = [];
        public Dictionary<string, string>? Issuer { get; set; }
        public List<Dictionary<string, string>> Owners { get; } = [];
        public List<FilingTransaction> Transactions { get; } = [];
        public List<FilingHolding> Holdings { get; } = [];
        public List<Footnote> Footnotes { get; } = [];
        public List<string> Warnings { get; } = [];
        public DateOnly? SignatureDate { get; set; }
    }
}
