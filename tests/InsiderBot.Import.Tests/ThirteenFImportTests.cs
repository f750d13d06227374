using InsiderBot.Filings;
using InsiderBot.Import.Superinvestors;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Import.Tests;

public sealed class ThirteenFImportTests : IDisposable
{
    private const long LtsOne = 1894188;
    private const long AcornCreek = 1994827;
    private const long BardFinancial = 1850858;

    private readonly TestStore store = new();
    private readonly TempDirectory inbox = new();
    private readonly HoldingsStore holdings;

    public ThirteenFImportTests() => holdings = new HoldingsStore(store.Database);

    public void Dispose()
    {
        inbox.Dispose();
        store.Dispose();
    }

    private static string ThirteenF(string name) => RepoPaths.Fixture("edgar", "13f", name);

    private FilingImporter Importer(params long[] tracked)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new SuperinvestorOptions
        {
            Managers = [.. tracked.Select(c => new TrackedManager { Cik = c, Name = $"Manager {c}" })],
        });
        var thirteenF = new ThirteenFImporter(new ThirteenFParser(), holdings, options, NullLogger<ThirteenFImporter>.Instance);
        return new FilingImporter(store.Store, new FilingDocumentReader(), store.Time, NullLogger<FilingImporter>.Instance, thirteenF);
    }

    private string Copy(string from, params string[] to)
    {
        var path = Path.Combine([inbox.Path, .. to]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(from, path);
        return path;
    }

    [Theory]
    [InlineData("AcornCreek_0001951757-25-000093.nc", true)]
    [InlineData("LTSOne_0001894188-23-000007_fullsubmission.txt", true)]
    [InlineData("SEC_techspec_SAMPLE_information_table.xml", true)]
    [InlineData("infotable_172rows.edgar4j_20651.xml", true)]
    [InlineData("infotable_255rows.edgartools.xml", true)]
    [InlineData("infotable_BardFinancial_2021Q3.xml", true)]
    [InlineData("primary_doc_BardFinancial_2021Q3.xml", false)]
    public void ThirteenFFiles_TellsTablesAndSubmissionsFromTheCoverPage(string file, bool expected) =>
        Assert.Equal(expected, ThirteenFFiles.Looks(File.ReadAllBytes(ThirteenF(file))));

    [Fact]
    public void ThirteenFFiles_DoesNotTakeForm4sForOne()
    {
        Assert.False(ThirteenFFiles.Looks(File.ReadAllBytes(RepoPaths.Form4("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml"))));
        Assert.False(ThirteenFFiles.Looks(File.ReadAllBytes(RepoPaths.Form4Sgml("ZIP_0001617553-25-000024.txt"))));
        Assert.True(ThirteenFFiles.Looks(File.ReadAllBytes(ThirteenF("LTSOne_0001894188-23-000007_fullsubmission.txt"))));
    }

    [Fact]
    public void Import_StoresTheTrackedManagersSubmission_AndQuarantinesTheUntrackedOneWithTheReason()
    {
        Copy(ThirteenF("LTSOne_0001894188-23-000007_fullsubmission.txt"), "a", "lts.txt");
        var acorn = Copy(ThirteenF("AcornCreek_0001951757-25-000093.nc"), "b", "acorn.nc");
        Copy(RepoPaths.Form4("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml"), "c", "tsla.xml");

        var summary = Importer(LtsOne).Import([inbox.Path]);

        Assert.Equal(1, summary.FilingsImported);
        var report = Assert.Single(summary.ThirteenFReports);
        Assert.Equal((LtsOne, new DateOnly(2023, 9, 30), HoldingsSaveResult.Stored), (report.Manager.Cik, report.Period, report.Result));
        Assert.Equal(report.Holdings, Assert.Single(holdings.LatestQuarters(LtsOne, 4)).Holdings.Count);
        var refused = Assert.Single(summary.Quarantined);
        Assert.Equal(acorn, refused.Source);
        Assert.Contains("ACORN CREEK CAPITAL LLC (CIK 1994827) for Q4 2024: not a tracked manager", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("Superinvestors:Managers", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(holdings.LatestQuarters(AcornCreek, 4));
        Assert.Contains(store.Store.QuarantineEntries(), q => q.Source == acorn);
    }

    [Fact]
    public void Import_Twice_CountsTheSameReportAsADuplicate()
    {
        var path = ThirteenF("LTSOne_0001894188-23-000007_fullsubmission.txt");
        Importer(LtsOne).Import([path]);

        var again = Importer(LtsOne).Import([path]);

        Assert.Empty(again.ThirteenFReports);
        Assert.Equal(1, again.Duplicates);
    }

    [Fact]
    public void Import_ABareTableInItsFilingFolder_TakesManagerAndQuarterFromPrimaryDoc()
    {
        Copy(ThirteenF("primary_doc_BardFinancial_2021Q3.xml"), "0001850858-21-000003", ThirteenFImporter.CoverPageName);
        Copy(ThirteenF("infotable_BardFinancial_2021Q3.xml"), "0001850858-21-000003", "infotable.xml");

        var summary = Importer(BardFinancial).Import([inbox.Path]);
        var again = Importer(BardFinancial).Import([inbox.Path]);

        Assert.Equal((0, 1), (again.ThirteenFReports.Count, again.Duplicates));
        var report = Assert.Single(summary.ThirteenFReports);
        Assert.Empty(summary.Quarantined);
        Assert.Equal(1, summary.Skipped); // the cover page itself
        Assert.Equal((BardFinancial, new DateOnly(2021, 9, 30)), (report.Manager.Cik, report.Period));
        // 2021: values in thousands. 3M's row says 584 for 3,326 shares: $584,000.
        var mmm = Assert.Single(holdings.LatestQuarters(BardFinancial, 1)[0].Holdings, h => h.Cusip == "88579Y101");
        Assert.Equal(584_000m, mmm.Value);
    }

    [Fact]
    public void Import_ABareTableAlone_IsQuarantinedBecauseItNamesNoManager()
    {
        var bare = Copy(ThirteenF("infotable_255rows.edgartools.xml"), "t.xml");

        var summary = Importer(LtsOne).Import([bare]);

        Assert.Empty(summary.ThirteenFReports);
        Assert.Contains("names no manager or quarter", Assert.Single(summary.Quarantined).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Importer_StoresAFullSubmission_WithItsOwnManagerAndQuarter()
    {
        var importer = new ThirteenFImporter(new ThirteenFParser(), holdings, Microsoft.Extensions.Options.Options.Create(new SuperinvestorOptions()), NullLogger<ThirteenFImporter>.Instance);

        var (result, outcome) = importer.Import(RepoPaths.Fixture("edgar", "13f", "LTSOne_0001894188-23-000007_fullsubmission.txt"));

        Assert.Equal(HoldingsSaveResult.Stored, result);
        var quarter = Assert.Single(holdings.LatestQuarters(1894188, 4));
        Assert.Equal((new DateOnly(2023, 9, 30), outcome.Report!.Holdings.Count), (quarter.Period, quarter.Holdings.Count));
    }
}
