using System.IO.Compression;
using InsiderBot.Testing;

namespace InsiderBot.Tests;

public sealed class ImportTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private string Inbox()
    {
        var inbox = Path.Combine(temp.Path, "inbox", "nested");
        Directory.CreateDirectory(inbox);
        File.Copy(RepoPaths.Form4("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml"), Path.Combine(inbox, "tsla.xml"));
        File.Copy(RepoPaths.Form4Sgml("ZIP_0001617553-25-000024.txt"), Path.Combine(inbox, "zip.txt"));
        File.Copy(RepoPaths.Fixture("edgar", "form3_5", "F3_TSLA_2010-06-28_0001181431-10-034759_MuskElon_holdings.xml"), Path.Combine(inbox, "form3.xml"));
        File.WriteAllText(Path.Combine(inbox, "broken.xml"), "<ownershipDocument><documentType>4</documentType><issuer>");
        return Path.Combine(temp.Path, "inbox");
    }

    [Fact]
    public async Task Import_Folder_ImportsRecursivelyAndQuarantinesTheBrokenFileWithItsReason()
    {
        var store = temp.File("mine.db");

        var (exit, output, _) = await BotRun.RunAsync(["import", Inbox(), "--store", store]);

        Assert.Equal(0, exit);
        Assert.Contains($"Imported 2 filing(s) with 10 transaction(s) into {store}", output);
        Assert.Contains("Duplicates skipped: 0", output);
        Assert.Contains("Not Form 4 (skipped): 1", output);
        Assert.Contains("Quarantined: 1", output);
        Assert.Matches(@"broken\.xml: malformed XML at line 1, position \d+", output);
    }

    [Fact]
    public async Task Import_Twice_SkipsDuplicatesAndTheStoreIsNeverSeeded()
    {
        var store = temp.File("mine.db");
        var inbox = Inbox();
        await BotRun.RunAsync(["--store", store, "import", inbox]);

        var (_, again, _) = await BotRun.RunAsync(["import", inbox, "--store", store]);
        var (exit, answer, _) = await BotRun.RunAsync(["ask", "/insiders MSFT", "--store", store]);

        Assert.Contains("Imported 0 filing(s)", again);
        Assert.Contains("Duplicates skipped: 2", again);
        Assert.Equal(1, exit); // the bundled sample was never seeded into a store that holds the user's data
        Assert.StartsWith("Unknown ticker MSFT", answer);
    }

    [Fact]
    public async Task Import_ZipOfFilings_ReadsEachEntry()
    {
        var zipPath = temp.File("filings.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(RepoPaths.Form4("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml"), "a/0001494730-19-000001.xml");
            zip.CreateEntryFromFile(RepoPaths.Form4Sgml("ARW_0001127602-25-004598.nc"), "b/arw.nc");
        }

        var (exit, output, _) = await BotRun.RunAsync(["import", zipPath, "--store", temp.File("z.db")]);

        Assert.Equal(0, exit);
        Assert.Contains("Imported 2 filing(s) with 3 transaction(s)", output);
    }

    [Fact]
    public async Task Import_MissingPath_SaysSoAndExitsOne()
    {
        var (exit, output, _) = await BotRun.RunAsync(["import", temp.File("nowhere"), "--store", temp.File("m.db")]);

        Assert.Equal(1, exit);
        Assert.Contains($"Not found: {temp.File("nowhere")}", output);
    }

    [Fact]
    public async Task Import_13FSubmissions_StoresTheTrackedManagersAndRefusesTheOther_ThenSuperinvestorsAnswers()
    {
        var inbox = Path.Combine(temp.Path, "13f");
        Directory.CreateDirectory(inbox);
        File.Copy(RepoPaths.Fixture("edgar", "13f", "AcornCreek_0001951757-25-000093.nc"), Path.Combine(inbox, "acorn.nc"));
        File.Copy(RepoPaths.Fixture("edgar", "13f", "LTSOne_0001894188-23-000007_fullsubmission.txt"), Path.Combine(inbox, "lts.txt"));
        File.Copy(RepoPaths.Form4("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml"), Path.Combine(inbox, "tsla.xml"));
        var store = temp.File("13f.db");
        string[] acornTracked = ["--Superinvestors:Managers:7:Cik=1994827", "--Superinvestors:Managers:7:Name=Acorn Creek"];

        var (exit, output, _) = await BotRun.RunAsync(["import", inbox, "--store", store, .. acornTracked]);
        var (askExit, answer, _) = await BotRun.RunAsync(["ask", "/superinvestors TSLA", "--store", store, .. acornTracked]);

        Assert.Equal(0, exit);
        Assert.Contains("Imported 1 filing(s)", output);
        Assert.Contains("13F-HR reports: 1", output);
        Assert.Contains("  Acorn Creek (CIK 1994827), Q4 2024: ", output);
        Assert.Contains("Quarantined: 1", output);
        Assert.Contains("lts.txt: 13F-HR of LTS One Management LP (CIK 1894188) for Q3 2023: not a tracked manager", output);
        Assert.Equal(0, askExit);
        Assert.Contains("Acorn Creek", answer);
        Assert.Contains("2,652 shares", answer);
    }
}
