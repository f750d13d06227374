using InsiderBot.Filings;
using InsiderBot.Insights;
using LiteDB;

namespace InsiderBot.Store.Tests;

/// <summary>
/// A filing is stored with its header in one binary field; filings stored before kept every field named. Every reader
/// goes through <see cref="FilingDocuments"/>, so both shapes must read the same, field for field.
/// </summary>
public sealed class FilingDocumentsTests
{
    private static readonly Form4Filing Amendment = new()
    {
        Accession = "0001234567-24-000042",
        DocumentType = "4/A",
        SchemaVersion = "X0508",
        PeriodOfReport = new DateOnly(2024, 3, 15),
        DateOfOriginalSubmission = new DateOnly(2024, 3, 18),
        FiledOn = new DateOnly(2024, 4, 2),
        Aff10b5One = true,
        Issuer = new Issuer(1_318_605, "Zoë Ærøskøbing 株式会社", "ZAE, ZAEB"),
        Owners =
        [
            new ReportingOwner(1_494_730, "Musk Elon", true, true, true, false, "CEO & Chair", ""),
            new ReportingOwner(9_999_999_999, "Trust of E. Musk", false, false, false, true, "", "Revocable trust"),
        ],
        Transactions = [new FilingTransaction { Table = OwnershipTable.NonDerivative, Position = 0, SecurityTitle = "Common Stock", Code = "S" }],
        Footnotes = [new Footnote("F1", "Sold under a Rule 10b5-1 plan adopted 2023-11-01."), new Footnote("F2", "")],
        Remarks = "Exhibit 24: power of attorney.",
        Source = "https://www.sec.gov/Archives/edgar/data/1318605/000123456724000042/form4.xml",
        Warnings = ["price missing on row 2"],
    };

    private static readonly Form4Filing Bare = new()
    {
        Accession = "0000000001-06-000001",
        DocumentType = "4",
        Issuer = new Issuer(7, "", ""),
        Owners = [new ReportingOwner(8, "", false, false, false, false, "", "")],
    };

    public static TheoryData<string> Filings => ["amendment", "bare"];

    [Theory]
    [MemberData(nameof(Filings))]
    public void A_stored_filing_reads_back_every_field_it_was_stored_with(string which)
    {
        var filing = which == "amendment" ? Amendment : Bare;
        var document = FilingDocuments.ToDocument(filing, "ZAE", [$"{filing.Accession}:N0", $"{filing.Accession}:D3"]);

        Assert.Equal(filing.Accession, FilingDocuments.Accession(document));
        Assert.Equal(filing.Issuer.Cik, FilingDocuments.Issuer(document));
        Assert.Equal(filing.Issuer.Name, FilingDocuments.IssuerName(document));
        Assert.Equal(filing.Issuer.TradingSymbol, FilingDocuments.TradingSymbol(document));
        Assert.Equal("ZAE", FilingDocuments.Ticker(document));
        Assert.Equal("ZAE", FilingDocuments.Company(document));
        Assert.Equal(InsiderKey.Of(filing), FilingDocuments.Insider(document));
        Assert.Equal(filing.Owners.Select(o => (o.Cik, o.Name)), FilingDocuments.Owners(document));
        Assert.Equal(filing.DocumentType, FilingDocuments.DocumentType(document));
        Assert.Equal(filing.PeriodOfReport is { } p ? DayNumber.Of(p) : null, FilingDocuments.Period(document));
        Assert.Equal(filing.DateOfOriginalSubmission is { } o ? DayNumber.Of(o) : null, FilingDocuments.OriginalSubmission(document));
        Assert.Equal(filing.FiledOn is { } f ? DayNumber.Of(f) : null, FilingDocuments.Filed(document));
        Assert.Equal(filing.Footnotes, FilingDocuments.Footnotes(document));
        Assert.Equal(filing.Source, FilingDocuments.Source(document));
        Assert.Equal(new[] { "N0", "D3" }, FilingDocuments.TradeSuffixes(document));
        Assert.False(FilingDocuments.IsSuperseded(document));
    }

    [Fact]
    public void A_filing_stored_with_every_field_named_reads_as_the_compact_one_does()
    {
        var compact = FilingDocuments.ToDocument(Amendment, "ZAE", [$"{Amendment.Accession}:N0"]);
        var named = OlderShape(Amendment, "ZAE", "N0");

        Assert.Equal(FilingDocuments.IssuerName(named), FilingDocuments.IssuerName(compact));
        Assert.Equal(FilingDocuments.TradingSymbol(named), FilingDocuments.TradingSymbol(compact));
        Assert.Equal(FilingDocuments.Company(named), FilingDocuments.Company(compact));
        Assert.Equal(FilingDocuments.Owners(named), FilingDocuments.Owners(compact));
        Assert.Equal(FilingDocuments.DocumentType(named), FilingDocuments.DocumentType(compact));
        Assert.Equal(FilingDocuments.Period(named), FilingDocuments.Period(compact));
        Assert.Equal(FilingDocuments.OriginalSubmission(named), FilingDocuments.OriginalSubmission(compact));
        Assert.Equal(FilingDocuments.Filed(named), FilingDocuments.Filed(compact));
        Assert.Equal(FilingDocuments.Footnotes(named), FilingDocuments.Footnotes(compact));
        Assert.Equal(FilingDocuments.ReportKey(named), FilingDocuments.ReportKey(compact));
        Assert.True(FilingDocuments.SameReport(named, compact));
        Assert.True(FilingDocuments.SameReport(compact, named));

        // Every field of the older shape, values included, comes back from the compact one.
        var whole = FilingDocuments.Named(compact);
        Assert.Equal(named.Keys.Order(StringComparer.Ordinal), whole.Keys.Order(StringComparer.Ordinal));
        foreach (var key in named.Keys) Assert.True(named[key] == whole[key], $"{key}: {named[key]} stored, {whole[key]} read back");
    }

    [Fact]
    public void The_compact_filing_takes_fewer_bytes_than_the_same_filing_with_every_field_named()
    {
        var compact = FilingDocuments.ToDocument(Amendment, "ZAE", [$"{Amendment.Accession}:N0"]);
        var named = OlderShape(Amendment, "ZAE", "N0");

        Assert.True(BsonSerializer.Serialize(compact).Length < 0.8 * BsonSerializer.Serialize(named).Length,
            $"{BsonSerializer.Serialize(compact).Length} bytes compact against {BsonSerializer.Serialize(named).Length} named");
    }

    [Fact]
    public void Replacing_a_compact_filing_and_reinstating_it_touches_only_its_named_fields()
    {
        var document = FilingDocuments.ToDocument(Amendment, "ZAE", []);
        var header = document["b"].AsBinary.ToArray();

        FilingDocuments.Supersede(document, "0001234567-24-000099");
        Assert.True(FilingDocuments.IsSuperseded(document));
        Assert.Equal("0001234567-24-000099", FilingDocuments.SupersededBy(document));
        FilingDocuments.Reinstate(document);

        Assert.False(FilingDocuments.IsSuperseded(document));
        Assert.Equal(header, document["b"].AsBinary);
        Assert.Equal(Amendment.Issuer.Name, FilingDocuments.IssuerName(document));
    }

    // A filing as stores written before the compact header hold it: every field named.
    private static BsonDocument OlderShape(Form4Filing f, string ticker, string suffixes) => new()
    {
        ["_id"] = f.Accession,
        ["iss"] = f.Issuer.Cik,
        ["in"] = f.Issuer.Name,
        ["sym"] = f.Issuer.TradingSymbol,
        ["tk"] = ticker,
        ["own"] = InsiderKey.Of(f),
        ["owners"] = new BsonArray(f.Owners.Select(o => new BsonDocument
        {
            ["cik"] = o.Cik,
            ["name"] = o.Name,
            ["title"] = o.OfficerTitle,
            ["roles"] = (int)RoleReader.Read(o, f.Remarks),
        })),
        ["dt"] = f.DocumentType,
        ["sv"] = f.SchemaVersion,
        ["per"] = f.PeriodOfReport is { } p ? DayNumber.Of(p) : BsonValue.Null,
        ["rep"] = StoreDatabase.ReportKey(InsiderKey.Of(f), f.PeriodOfReport is { } rp ? DayNumber.Of(rp) : null),
        ["orig"] = f.DateOfOriginalSubmission is { } o ? DayNumber.Of(o) : BsonValue.Null,
        ["fd"] = f.FiledOn is { } fd ? DayNumber.Of(fd) : BsonValue.Null,
        ["aff"] = f.Aff10b5One is { } aff ? aff : BsonValue.Null,
        ["rem"] = f.Remarks,
        ["src"] = f.Source,
        ["fn"] = new BsonArray(f.Footnotes.Select(n => new BsonDocument { ["id"] = n.Id, ["t"] = n.Text })),
        ["warn"] = new BsonArray(f.Warnings.Select(w => new BsonValue(w))),
        ["n"] = f.Transactions.Count,
        ["ti"] = suffixes,
    };
}
