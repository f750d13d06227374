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

    public ParseOutcome Parse(ReadOnlySpan<byte> content, FilingOrigin origin) => Parse(content.ToArray(), origin);

    /// <summary>Reads the document in <paramref name="content"/>; the array is read, not kept or changed.</summary>
    public ParseOutcome Parse(byte[] content, FilingOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = SkipLeadingWhitespace(content);
        if (start.IsEmpty) return ParseOutcome.Quarantined(origin.Source, "the file is empty");
        if (start[0] != (byte)'<') return ParseOutcome.Quarantined(origin.Source, "the file is not XML (it does not start with '<')");

        try
        {
            using var stream = new MemoryStream(content, content.Length - start.Length, start.Length, writable: false);
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
        if (reader.LocalName != Form4Names.OwnershipDocument)
            return ParseOutcome.Skipped(origin.Source, $"the root element is <{reader.LocalName}>, not a Form 4 <ownershipDocument>");
        if (reader.IsEmptyElement)
            return ParseOutcome.Quarantined(origin.Source, "the ownershipDocument is empty");

        var document = new Form4DocumentReader(reader);
        document.ReadRoot();
        return Assemble(document.Parts, content, origin);
    }

    private static ParseOutcome Assemble(Form4DocumentParts document, ReadOnlySpan<byte> content, FilingOrigin origin)
    {
        var documentType = (document.DocumentType ?? "").Trim().ToUpperInvariant();
        if (documentType is not ("4" or "4/A"))
        {
            var what = documentType.Length == 0 ? "no documentType" : $"Form {documentType}";
            return ParseOutcome.Skipped(origin.Source, $"{what}: only Forms 4 and 4/A are imported");
        }

        if (document.Issuer is null)
            return ParseOutcome.Quarantined(origin.Source, "the filing has no <issuer> element");
        var issuerCik = FormValues.Cik(document.Issuer[Form4Field.IssuerCik]);
        if (issuerCik is null)
            return ParseOutcome.Quarantined(origin.Source, $"the issuer CIK is missing or not a number ('{Clip(document.Issuer[Form4Field.IssuerCik])}')");
        if (document.Owners.Count == 0)
            return ParseOutcome.Quarantined(origin.Source, "the filing names no reporting owner");

        var owners = new List<ReportingOwner>(document.Owners.Count);
        foreach (var fields in document.Owners)
        {
            var cik = FormValues.Cik(fields[Form4Field.RptOwnerCik]);
            if (cik is null)
                return ParseOutcome.Quarantined(origin.Source, $"a reporting owner's CIK is missing or not a number ('{Clip(fields[Form4Field.RptOwnerCik])}')");
            owners.Add(Form4Rows.Owner(cik.Value, fields));
        }

        var accession = origin.Accession ?? AccessionNumber.FromPath(origin.Source) ?? AccessionNumber.FromContent(content);
        var filing = new Form4Filing
        {
            Accession = accession,
            DocumentType = documentType,
            SchemaVersion = (document.SchemaVersion ?? "").Trim(),
            PeriodOfReport = FormValues.Date(document.PeriodOfReport),
            DateOfOriginalSubmission = FormValues.Date(document.DateOfOriginalSubmission),
            FiledOn = origin.FiledOn ?? AcceptedDate(origin.AcceptedAt) ?? document.SignatureDate,
            AcceptedAt = origin.AcceptedAt,
            NotSubjectToSection16 = FormValues.Flag(document.NotSubjectToSection16),
            Aff10b5One = FormValues.Flag(document.Aff10b5One),
            Issuer = new Issuer(
                issuerCik.Value,
                document.Issuer.Text(Form4Field.IssuerName).Trim(),
                document.Issuer.Text(Form4Field.IssuerTradingSymbol).Trim()),
            Owners = owners,
            Transactions = document.Transactions,
            Holdings = document.Holdings,
            Footnotes = document.Footnotes,
            Remarks = document.Remarks ?? "",
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
}
