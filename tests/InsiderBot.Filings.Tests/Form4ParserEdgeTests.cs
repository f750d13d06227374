using InsiderBot.Fakes.Edgar;
using InsiderBot.Filings;
using InsiderBot.Testing;

namespace InsiderBot.Filings.Tests;

public sealed class Form4ParserEdgeTests
{
    private readonly Form4Parser parser = new();

    private ParseOutcome Parse(string xml, string source = "test.xml") => parser.Parse(Form4Document.Bytes(xml), new FilingOrigin(source));

    [Fact]
    public void Parse_Amendment_ReadsTypeAndDateOfOriginalSubmission()
    {
        var outcome = Parse(Form4Document.Document("4/A", originalDate: "2024-03-04", transactions: Form4Document.Transaction()));

        Assert.True(outcome.IsParsed);
        Assert.True(outcome.Filing!.IsAmendment);
        Assert.Equal(new DateOnly(2024, 3, 4), outcome.Filing.DateOfOriginalSubmission);
    }

    [Fact]
    public void Parse_MalformedXml_IsQuarantinedWithLineAndPosition()
    {
        var xml = Form4Document.Document(transactions: Form4Document.Transaction()).Replace("</issuer>", "</issuerr>", StringComparison.Ordinal);

        var outcome = Parse(xml);

        Assert.Equal(ParseStatus.Quarantined, outcome.Status);
        Assert.Matches(@"malformed XML at line \d+, position \d+", outcome.Reason);
    }

    [Theory]
    [InlineData("", "the issuer CIK is missing")]
    [InlineData("ABC", "the issuer CIK is missing or not a number ('ABC')")]
    public void Parse_MissingOrBadIssuerCik_IsQuarantined(string cik, string reason)
    {
        var outcome = Parse(Form4Document.Document(issuer: Form4Document.Issuer(cik), transactions: Form4Document.Transaction()));

        Assert.Equal(ParseStatus.Quarantined, outcome.Status);
        Assert.StartsWith(reason, outcome.Reason);
    }

    [Fact]
    public void Parse_NoReportingOwner_IsQuarantined()
    {
        var outcome = Parse(Form4Document.Document(owners: " ")); // a blank owners block: no <reportingOwner> at all

        Assert.Equal("the filing names no reporting owner", outcome.Reason);
    }

    [Fact]
    public void Parse_FormThree_IsSkippedNotQuarantined()
    {
        var path = RepoPaths.Fixture("edgar", "form3_5", "F3_TSLA_2010-06-28_0001181431-10-034759_MuskElon_holdings.xml");

        var outcome = parser.Parse(File.ReadAllBytes(path), new FilingOrigin(path));

        Assert.Equal(ParseStatus.Skipped, outcome.Status);
        Assert.Contains("Form 3", outcome.Reason);
    }

    [Fact]
    public void Parse_UnknownTopLevelElement_ParsesWithAWarning()
    {
        var outcome = Parse(Form4Document.Document(transactions: Form4Document.Transaction(), extraTopLevel: "<futureElement><value>1</value></futureElement>"));

        Assert.True(outcome.IsParsed);
        Assert.Contains("unknown element <futureElement> ignored", outcome.Filing!.Warnings);
    }

    [Fact]
    public void Parse_HundredThousandUnknownElements_WarnsOncePerNameAndAtMostTwentyTimes()
    {
        var repeated = string.Concat(Enumerable.Repeat("<a>1</a>", 100_000));
        var distinct = string.Concat(Enumerable.Range(0, 100).Select(i => $"<b{i}/>"));
        var rows = string.Concat(Enumerable.Repeat("<futureRow/>", 100_000));

        var elements = Parse(Form4Document.Document(transactions: Form4Document.Transaction(), extraTopLevel: repeated + distinct));
        var tableRows = Parse(Form4Document.Document(transactions: Form4Document.Transaction() + rows));

        Assert.True(elements.IsParsed && tableRows.IsParsed);
        Assert.Single(elements.Filing!.Warnings, w => w == "unknown element <a> ignored");
        Assert.Equal(20, elements.Filing.Warnings.Count(w => w.StartsWith("unknown element", StringComparison.Ordinal)));
        Assert.Equal("unknown row <futureRow> in NonDerivative table ignored", Assert.Single(tableRows.Filing!.Warnings));
    }

    [Fact]
    public void Parse_UnreadableNumber_IsNullWithAWarning()
    {
        var outcome = Parse(Form4Document.Document(transactions: Form4Document.Transaction(shares: "12,5x")));

        Assert.True(outcome.IsParsed);
        Assert.Null(outcome.Filing!.Transactions[0].Shares);
        Assert.Contains("non-derivative row 1: unreadable number in transactionShares", outcome.Filing.Warnings);
    }

    [Fact]
    public void Parse_SameBytes_GiveTheSameContentHashIdentity()
    {
        var xml = Form4Document.Document(transactions: Form4Document.Transaction());

        var first = Parse(xml, "a/one.xml").Filing!;
        var second = Parse(xml, "b/two.xml").Filing!;
        var changed = Parse(xml.Replace("1000", "1001", StringComparison.Ordinal), "c/three.xml").Filing!;

        Assert.StartsWith("sha256:", first.Accession);
        Assert.Equal(first.Accession, second.Accession);
        Assert.NotEqual(first.Accession, changed.Accession);
    }

    [Theory]
    [InlineData("/Archives/edgar/data/320193/000032019324000042/form4.xml", "0000320193-24-000042")]
    [InlineData("TSLA_2021-11-08_0000899243-21-044060_MuskElon_M-S_dM.xml", "0000899243-21-044060")]
    [InlineData("downloads/form4.xml", null)]
    public void AccessionFromPath_ReadsEdgarFoldersAndFileNames(string path, string? expected) =>
        Assert.Equal(expected, AccessionNumber.FromPath(path));

    [Theory]
    [InlineData("2024-07-19", 2024, 7, 19)]
    [InlineData("2024-07-19-05:00", 2024, 7, 19)]
    [InlineData(" 2024-07-19Z ", 2024, 7, 19)]
    public void Date_ToleratesOffsetSuffixes(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), FormValues.Date(text));

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("0", false)]
    [InlineData("false", false)]
    [InlineData("", null)]
    public void Flag_ReadsBothSpellings(string text, bool? expected) => Assert.Equal(expected, FormValues.Flag(text));
}
