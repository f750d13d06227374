using System.IO.Compression;
using InsiderBot.Testing;

namespace InsiderBot.Import.Tests;

/// <summary>Hostile and odd import inputs with the default caps: nothing vanishes without a word, nothing big is read.</summary>
public sealed class ImportLimitsTests : IDisposable
{
    private const string Tesla = "TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml";
    private const string Arrow = "ARW_0001127602-25-004598.nc";
    private const long EightMegabytes = 8L << 20;

    private readonly TestStore store = new();

    public void Dispose() => store.Dispose();

    private string Zip(string name, Action<ZipArchive> fill)
    {
        var path = Path.Combine(store.Folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        fill(zip);
        return path;
    }

    private static void Zeros(ZipArchive zip, string name, long bytes)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var chunk = new byte[1 << 20];
        for (var left = bytes; left > 0; left -= chunk.Length) entry.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
    }

    [Fact]
    public void Import_ZipWithANestedZipAndAnEmptyEntry_ImportsTheNestedFilingsAndQuarantinesTheEmptyEntryWithItsReason()
    {
        var inner = Zip("inner.zip", zip => zip.CreateEntryFromFile(RepoPaths.Form4Sgml(Arrow), "arw.nc"));
        var outer = Zip("outer.zip", zip =>
        {
            zip.CreateEntryFromFile(RepoPaths.Form4(Tesla), "a/tesla.xml");
            zip.CreateEntry("a/");
            zip.CreateEntry("a/empty.xml");
            zip.CreateEntryFromFile(inner, "b/inner.zip");
        });

        var summary = store.Importer.Import([outer]);

        Assert.Equal(2, summary.FilingsImported);
        var empty = Assert.Single(summary.Quarantined);
        Assert.Equal($"{outer}!a/empty.xml", empty.Source);
        Assert.Equal("the entry is empty (0 bytes)", empty.Reason);
        Assert.Contains(store.Store.QuarantineEntries(), q => q.Source == empty.Source && q.Reason == empty.Reason);
    }

    [Fact]
    public void Import_ZipsNestedFourDeep_QuarantinesTheDeepestUnopenedAndImportsTheRest()
    {
        var level4 = Zip("level4.zip", zip => zip.CreateEntryFromFile(RepoPaths.Form4(Tesla), "deepest.xml"));
        var level3 = Zip("level3.zip", zip => zip.CreateEntryFromFile(level4, "level4.zip"));
        var level2 = Zip("level2.zip", zip =>
        {
            zip.CreateEntryFromFile(level3, "level3.zip");
            zip.CreateEntryFromFile(RepoPaths.Form4Sgml(Arrow), "arw.nc");
        });
        var outer = Zip("level1.zip", zip => zip.CreateEntryFromFile(level2, "level2.zip"));

        var summary = store.Importer.Import([outer]);

        Assert.Equal(1, summary.FilingsImported);
        var deep = Assert.Single(summary.Quarantined);
        Assert.Equal($"{outer}!level2.zip!level3.zip!level4.zip", deep.Source);
        Assert.StartsWith("a zip nested 4 deep: not opened", deep.Reason);
    }

    [Fact]
    public void Import_ZipEntryExpandingPastTheCap_IsQuarantinedUnreadNamingTheCap_AndTheRestImports()
    {
        var zip = Zip("bomb.zip", z =>
        {
            Zeros(z, "bomb.xml", EightMegabytes + (1 << 20));
            z.CreateEntryFromFile(RepoPaths.Form4(Tesla), "tesla.xml");
        });

        var summary = store.Importer.Import([zip]);

        Assert.Equal(1, summary.FilingsImported);
        var bomb = Assert.Single(summary.Quarantined);
        Assert.Equal($"{zip}!bomb.xml", bomb.Source);
        Assert.Equal("the entry expands to 9 MB, larger than Import:MaxFileBytes (8 MB): not read; raise Import:MaxFileBytes to import it", bomb.Reason);
    }

    [Fact]
    public void Import_LooseFilePastTheCap_IsQuarantinedUnreadNamingTheCap_AndTheRestImports()
    {
        var folder = Path.Combine(store.Folder, "inbox");
        Directory.CreateDirectory(folder);
        File.Copy(RepoPaths.Form4(Tesla), Path.Combine(folder, "tesla.xml"));
        var big = Path.Combine(folder, "huge.xml");
        using (var file = File.Create(big)) file.SetLength(EightMegabytes * 6);

        var summary = store.Importer.Import([folder]);

        Assert.Equal(1, summary.FilingsImported);
        var huge = Assert.Single(summary.Quarantined);
        Assert.Equal(big, huge.Source);
        Assert.Equal("the file is 48 MB, larger than Import:MaxFileBytes (8 MB): not read; raise Import:MaxFileBytes to import it", huge.Reason);
    }

    [Fact]
    public void A_folder_of_many_bad_files_lists_the_first_thousand_and_counts_them_all_and_the_good_one_still_imports()
    {
        var folder = Path.Combine(store.Folder, "inbox");
        Directory.CreateDirectory(Path.Combine(folder, "z-nested"));
        for (var i = 0; i < 1_500; i++) File.WriteAllText(Path.Combine(folder, $"bad-{i:0000}.xml"), "<ownershipDocument><documentType>4</documentType><issuer>");
        File.Copy(RepoPaths.Form4(Tesla), Path.Combine(folder, "z-nested", "tesla.xml"));

        var summary = store.Importer.Import([folder]);

        Assert.Equal(1, summary.FilingsImported);
        Assert.Equal(1_500, summary.QuarantinedCount);
        Assert.Equal(ImportSummary.MaxListed, summary.Quarantined.Count); // the summary holds a bounded list
        Assert.Equal(1_500, store.Store.Statistics().Quarantined); // the store keeps every one
        Assert.True(summary.HasProblems);
    }
}
