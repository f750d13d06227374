using InsiderBot.Filings;
using InsiderBot.Testing;

namespace InsiderBot.Filings.Tests;

public sealed class EdgarSubmissionTests
{
    private readonly FilingDocumentReader reader = new();

    [Fact]
    public void Read_FullSubmissionTxt_TakesAccessionFilingDateAndAcceptanceFromTheHeader()
    {
        var f = SampleFilings.Parse("ZIP_0001617553-25-000024.txt");

        Assert.Equal("0001617553-25-000024", f.Accession);
        Assert.Equal(new DateOnly(2025, 3, 18), f.FiledOn);
        // 20:14:44 Eastern (EDT) is 00:14:44 UTC the next day.
        Assert.Equal(new DateTimeOffset(2025, 3, 19, 0, 14, 44, TimeSpan.Zero), f.AcceptedAt);
        Assert.Equal(1617553, f.Issuer.Cik);
        Assert.Contains(f.Transactions, t => t.Code == "F");
    }

    [Fact]
    public void Read_DisseminationNcFormat_ReadsHeaderWithoutClosingTags()
    {
        var f = SampleFilings.Parse("ARW_0001127602-25-004598.nc");

        Assert.Equal("0001127602-25-004598", f.Accession);
        Assert.Equal(new DateOnly(2025, 2, 13), f.FiledOn);
        Assert.Equal("SVP, CLO & Secretary", f.Owners[0].OfficerTitle); // entity decoded
        Assert.Equal(["A", "F"], f.Transactions.Select(t => t.Code));
        Assert.True(f.Aff10b5One == false);
    }

    [Fact]
    public void Read_PaperEraTextFiling_IsQuarantinedWithAReason()
    {
        var path = RepoPaths.Form4Sgml("PRE2003TEXT_0001094891-00-000193.txt");
        var outcome = reader.Read(File.ReadAllBytes(path), path);

        Assert.Equal(ParseStatus.Quarantined, outcome.Status);
        Assert.Contains("no XML ownership document", outcome.Reason);
        Assert.Contains("0001094891-00-000193", outcome.Reason);
    }

    [Fact]
    public void Read_EveryBundledSubmission_EndsParsedOrQuarantinedWithAReason()
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4_sgml")))
        {
            var outcome = reader.Read(File.ReadAllBytes(path), path);
            Assert.True(outcome.IsParsed || outcome.Reason is { Length: > 10 }, path);
            if (outcome.IsParsed) Assert.True(AccessionNumber.IsValid(outcome.Filing!.Accession), path);
        }
    }
}
