using System.Xml;

namespace InsiderBot.Filings;

/// <summary>One forward pass over an <c>ownershipDocument</c>, collecting its parts. One per parse.</summary>
internal sealed class Form4DocumentReader(XmlReader reader)
{
    /// <summary>Unknown elements and rows are named once each, and only so many: a hostile file repeats them by the million.</summary>
    private const int MaxUnknownWarnings = 20;

    private readonly XmlFieldReader fields = new(reader);
    private int unknownWarnings;

    public Form4DocumentParts Parts { get; } = new();

    /// <summary>Reads the children of the root element the reader is on, up to its end tag.</summary>
    public void ReadRoot()
    {
        var rootDepth = reader.Depth;
        reader.Read();
        while (InsideElement(rootDepth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                ReadTopLevel();
                continue;
            }

            if (!reader.Read()) throw new XmlException("the document ends before </ownershipDocument>");
        }
    }

    private void ReadTopLevel()
    {
        var name = reader.LocalName;
        switch (name)
        {
            case Form4Names.Issuer:
                fields.Read();
                Parts.Issuer = fields.Fields.Copy();
                return;
            case Form4Names.OwnerSignature:
                fields.Read();
                Parts.SignatureDate ??= FormValues.Date(fields.Fields[Form4Field.SignatureDate]);
                return;
            case Form4Names.ReportingOwner:
                fields.Read();
                Parts.Owners.Add(fields.Fields.Copy());
                return;
            case Form4Names.NonDerivativeTable:
                ReadTable(OwnershipTable.NonDerivative);
                return;
            case Form4Names.DerivativeTable:
                ReadTable(OwnershipTable.Derivative);
                return;
            case Form4Names.Footnotes:
                ReadFootnotes();
                return;
        }

        var text = fields.Text();
        switch (name)
        {
            case Form4Names.SchemaVersion: Parts.SchemaVersion = text; break;
            case Form4Names.DocumentType: Parts.DocumentType = text; break;
            case Form4Names.PeriodOfReport: Parts.PeriodOfReport = text; break;
            case Form4Names.DateOfOriginalSubmission: Parts.DateOfOriginalSubmission = text; break;
            case Form4Names.NotSubjectToSection16: Parts.NotSubjectToSection16 = text; break;
            case Form4Names.Aff10b5One: Parts.Aff10b5One = text; break;
            case Form4Names.Remarks: Parts.Remarks = text; break;
            default:
                if (!Form4Names.IsOtherKnownTopLevel(name)) WarnUnknown($"unknown element <{name}> ignored");
                break;
        }
    }

    private void ReadTable(OwnershipTable table)
    {
        if (!EnterChildren(out var depth)) return;
        while (InsideElement(depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                if (!reader.Read()) throw new XmlException("the document ends inside a table");
                continue;
            }

            var row = reader.LocalName;
            if (row is Form4Names.NonDerivativeTransaction or Form4Names.DerivativeTransaction)
            {
                var footnotes = fields.ReadWithFootnotes();
                var position = Parts.TransactionsIn[(int)table]++;
                Parts.Transactions.Add(Form4Rows.Transaction(table, position, fields.Fields, footnotes, Parts.Warnings));
            }
            else if (row is Form4Names.NonDerivativeHolding or Form4Names.DerivativeHolding)
            {
                var footnotes = fields.ReadWithFootnotes();
                var position = Parts.HoldingsIn[(int)table]++;
                Parts.Holdings.Add(Form4Rows.Holding(table, position, fields.Fields, footnotes));
            }
            else
            {
                WarnUnknown($"unknown row <{row}> in {table} table ignored");
                reader.Skip();
            }
        }

        reader.Read();
    }

    private void ReadFootnotes()
    {
        if (!EnterChildren(out var depth)) return;
        while (InsideElement(depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == Form4Names.Footnote)
            {
                var id = reader.GetAttribute(Form4Names.Id)?.Trim() ?? "";
                var text = fields.Text();
                if (id.Length > 0) Parts.Footnotes.Add(new Footnote(id, text));
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

    /// <summary>Steps into the children of the element the reader is on; false, the element read past, when it has none.</summary>
    private bool EnterChildren(out int depth)
    {
        depth = reader.Depth;
        var empty = reader.IsEmptyElement;
        reader.Read();
        return !empty;
    }

    /// <summary>True until the reader reaches the end tag of the element whose children start at <paramref name="depth"/> + 1.</summary>
    private bool InsideElement(int depth) => !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth);

    private void WarnUnknown(string warning)
    {
        if (unknownWarnings >= MaxUnknownWarnings || Parts.Warnings.Contains(warning)) return;
        Parts.Warnings.Add(warning);
        unknownWarnings++;
    }
}
