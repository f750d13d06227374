using System.Text;
using InsiderBot.Filings;
using InsiderBot.Testing;

namespace InsiderBot.Filings.Tests;

public sealed class ThirteenFParserTests
{
    private static ThirteenFReport Parse(string file, DateOnly? period = null, DateOnly? filedOn = null)
    {
        var path = RepoPaths.Fixture("edgar", "13f", file);
        var outcome = new ThirteenFParser().Parse(File.ReadAllBytes(path), path, period, filedOn);
        Assert.True(outcome.IsParsed, outcome.Problem);
        return outcome.Report!;
    }

    [Fact]
    public void BerkshireStyleTable_SumsTheRowsOfEachCusip()
    {
        // Default namespace, no XML declaration, 172 rows over 49 securities (Apple alone spans 11 rows).
        var report = Parse("infotable_172rows.edgar4j_20651.xml");

        Assert.Equal(172, report.RowCount);
        Assert.Equal(49, report.Holdings.Count);
        var apple = report.Holdings.Single(h => h.Cusip == "037833100");
        Assert.Equal(("APPLE INC", 11, 895_136_175m, 116_305_043_218m), (apple.IssuerName, apple.Rows, apple.Amount, apple.Value));
        Assert.Equal(apple, report.Holdings[0]);
        Assert.Equal(ThirteenFValueUnit.Dollars, report.Unit);
    }

    [Fact]
    public void PrefixedTableWithDeclaration_ParsesAndInfersThousandsWithoutDates()
    {
        var report = Parse("SEC_techspec_SAMPLE_information_table.xml");

        Assert.Equal((169, 168), (report.RowCount, report.Holdings.Count));
        var twice = Assert.Single(report.Holdings, h => h.Rows == 2);
        Assert.Equal("02079K107", twice.Cusip);
        Assert.Equal(ThirteenFValueUnit.Thousands, report.Unit);
        Assert.Equal(7_454_549_653m * 1000, twice.Value);
        Assert.Contains("no dates", report.UnitBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void TableWithBlankLinesBeforeTheDeclaration_Parses()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("edgar", "13f", "infotable_255rows.edgartools.xml"));
        Assert.Equal((byte)'\n', bytes[0]);

        var report = Parse("infotable_255rows.edgartools.xml");

        Assert.Equal((255, 255), (report.RowCount, report.Holdings.Count));
        Assert.Equal(ThirteenFValueUnit.Dollars, report.Unit);
    }

    [Fact]
    public void Bard2021Q3_IsInThousands_AndMatchesItsCoverPageTotal()
    {
        // primary_doc_BardFinancial_2021Q3.xml: tableEntryTotal 278, tableValueTotal 1129298 (thousands).
        var report = Parse("infotable_BardFinancial_2021Q3.xml", period: new DateOnly(2021, 9, 30));

        Assert.Equal(278, report.RowCount);
        Assert.Equal(ThirteenFValueUnit.Thousands, report.Unit);
        Assert.Equal(1_129_298_000m, report.TotalValue);
    }

    [Fact]
    public void TheFilingDateDecidesTheUnit_NotThePeriod()
    {
        // Like primary_doc_AbacusWealth_2020Q4.xml: a 2020 quarter filed in May 2023 reports dollars.
        var late = Parse("infotable_BardFinancial_2021Q3.xml", period: new DateOnly(2021, 9, 30), filedOn: new DateOnly(2023, 5, 31));

        Assert.Equal(ThirteenFValueUnit.Dollars, late.Unit);
        Assert.Equal(1_129_298m, late.TotalValue);
    }

    [Theory]
    [InlineData("2023-01-02", null, ThirteenFValueUnit.Thousands)]
    [InlineData("2023-01-03", null, ThirteenFValueUnit.Dollars)]
    [InlineData(null, "2022-09-30", ThirteenFValueUnit.Thousands)]
    [InlineData(null, "2022-12-31", ThirteenFValueUnit.Dollars)]
    public void ValueUnit_SwitchesOnTheCutOver(string? filed, string? period, ThirteenFValueUnit expected)
    {
        static DateOnly? Day(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, ThirteenFValueUnits.Decide(Day(filed), Day(period), [(1m, 1000m)]).Unit);
    }

    [Fact]
    public void FullSubmissionTxt_CarriesManagerQuarterAndFilingDate()
    {
        var report = Parse("LTSOne_0001894188-23-000007_fullsubmission.txt");

        Assert.Equal(("0001894188-23-000007", 1894188L, "LTS One Management LP"), (report.Accession, report.ManagerCik!.Value, report.ManagerName));
        Assert.Equal((new DateOnly(2023, 9, 30), new DateOnly(2023, 11, 14)), (report.Period!.Value, report.FiledOn!.Value));
        Assert.Equal("13F-HR", report.FormType);
        Assert.Equal(ThirteenFValueUnit.Dollars, report.Unit);
        Assert.Equal((14, 454_926_000m), (report.Holdings.Count, report.TotalValue)); // the cover page's tableValueTotal
    }

    [Fact]
    public void DisseminationNc_CarriesManagerQuarterAndFilingDate()
    {
        var report = Parse("AcornCreek_0001951757-25-000093.nc");

        Assert.Equal(("0001951757-25-000093", 1994827L), (report.Accession, report.ManagerCik!.Value));
        Assert.Equal((new DateOnly(2024, 12, 31), new DateOnly(2025, 1, 22)), (report.Period!.Value, report.FiledOn!.Value));
        Assert.Equal((77, 194_611_845m), (report.Holdings.Count, report.TotalValue));
    }

    [Theory]
    [InlineData("primary_doc_BardFinancial_2021Q3.xml", "not <informationTable>")]
    public void NotATable_IsRefusedWithAReason(string file, string reason)
    {
        var path = RepoPaths.Fixture("edgar", "13f", file);

        var outcome = new ThirteenFParser().Parse(File.ReadAllBytes(path), path);

        Assert.False(outcome.IsParsed);
        Assert.Contains(reason, outcome.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<informationTable><infoTable><cusip>X</cusip><value>ten</value></infoTable></informationTable>", "not a number")]
    [InlineData("<informationTable><infoTable>", "unreadable")]
    [InlineData("<informationTable><infoTable><value>1</value></infoTable></informationTable>", "no cusip")]
    public void BrokenTables_AreRefusedWithAReason(string xml, string reason)
    {
        var outcome = new ThirteenFParser().Parse(Encoding.UTF8.GetBytes(xml), "broken.xml");

        Assert.False(outcome.IsParsed);
        Assert.Contains(reason, outcome.Problem, StringComparison.Ordinal);
    }
}
