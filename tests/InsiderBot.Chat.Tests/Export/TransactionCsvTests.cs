using System.Text;
using InsiderBot.Chat.Export;
using InsiderBot.Testing;

namespace InsiderBot.Chat.Tests.Export;

/// <summary>The CSV is RFC 4180 and a spreadsheet never evaluates a cell that came from a filing.</summary>
public sealed class TransactionCsvTests
{
    [Theory]
    [InlineData("Musk Elon", "Musk Elon")]
    [InlineData("Smith, John", "\"Smith, John\"")]
    [InlineData("the \"Trust\"", "\"the \"\"Trust\"\"\"")]
    [InlineData("line one\nline two", "\"line one\nline two\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1 Capital", "'+1 Capital")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("", "")]
    public void Field_QuotesPerRfc4180_AndDefusesFormulas(string value, string expected) =>
        Assert.Equal(expected, TransactionCsv.Field(value));

    [Fact]
    public void HostileNamesFromAFiling_RoundTripAsText_OneRecordEach()
    {
        var hostile = new[] { "=cmd|' /C calc'!A0", "Doe, \"Jane\"\r\nline", "@evil" };
        var rows = hostile.Select((name, i) => Row($"t{i}", name)).ToList();
        var document = new ExportDocument(new ExportSubject("company", 1, "Acme", "ACME"), new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31),
            new ExportSummary(rows.Count, rows.Count, 0, 0, 0, 0, 0, 0, 0), rows);

        var csv = CsvTable.Parse(Encoding.UTF8.GetString(TransactionCsv.Write(document)));

        Assert.Equal(3, csv.Rows.Count);
        Assert.Equal(["'=cmd|' /C calc'!A0", "Doe, \"Jane\"\r\nline", "'@evil"], csv.Values("insider"));
        Assert.Equal(ExportField.All.Select(f => f.Name), csv.Header);
        Assert.All(csv.Rows, r => Assert.DoesNotContain(r, cell => cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) && !decimal.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _)));
    }

    [Fact]
    public void TheReadme_DocumentsEveryExportedField()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## Data to take away", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 5, StringComparison.Ordinal)];

        Assert.All(ExportField.All, f => Assert.Contains($"`{f.Name}`", section, StringComparison.Ordinal));
        Assert.Contains($"`version` {ExportDocument.SchemaVersion}", section, StringComparison.Ordinal);
    }

    private static ExportedTransaction Row(string id, string insider) => new()
    {
        Id = id, Accession = "0000000000-24-000001", Date = new DateOnly(2024, 1, 2), Ticker = "ACME", IssuerCik = 1, Issuer = "Acme",
        InsiderCik = 2, Insider = insider, Roles = "Director", Code = "P", CodeLabel = "Open-market purchase", Nature = "open-market-purchase",
        Table = "non-derivative", DirectOrIndirect = "D", Plan = "unknown", Reading = "Open-market purchase — the clean bullish signal",
        Shares = 100, Price = 10.5m, Value = 1050m,
    };
}
