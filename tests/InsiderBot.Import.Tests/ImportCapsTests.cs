using System.Globalization;
using System.IO.Compression;
using InsiderBot.Filings;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InsiderBot.Import.Tests;

/// <summary>The <c>Import</c> caps as configured: each refusal names the cap and how to raise it, and the rest imports.</summary>
public sealed class ImportCapsTests : IDisposable
{
    private readonly TestStore store = new();

    public void Dispose() => store.Dispose();

    private FilingImporter Importer(ImportOptions limits) =>
        new(store.Store, new FilingDocumentReader(), store.Time, NullLogger<FilingImporter>.Instance, options: Options.Create(limits));

    private static IReadOnlyList<string> Filings(int count) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4"), "MSFT_*.xml").Order(StringComparer.Ordinal).Take(count).ToList();

    [Fact]
    public void Import_FilingsPastAConfiguredFileCap_AreQuarantinedNamingIt_AndTheSmallerOnesImport()
    {
        var folder = Path.Combine(store.Folder, "inbox");
        Directory.CreateDirectory(folder);
        foreach (var file in Filings(6)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var cap = Filings(6).Select(f => new FileInfo(f).Length).Order().ElementAt(2);

        var summary = Importer(new ImportOptions { MaxFileBytes = cap }).Import([folder]);

        Assert.Equal(3, summary.FilingsImported);
        Assert.Equal(3, summary.Quarantined.Count);
        Assert.All(summary.Quarantined, q => Assert.Matches(
            @"^the file is [\d.]+ KB, larger than Import:MaxFileBytes \([\d.]+ KB\): not read; raise Import:MaxFileBytes to import it$", q.Reason));
    }

    [Fact]
    public void Import_ZipExpandingPastAConfiguredZipCap_ImportsUntilTheCapAndQuarantinesTheRestOfTheZipOnce()
    {
        var files = Filings(5);
        var zipPath = Path.Combine(store.Folder, "many.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            foreach (var (file, i) in files.Select((f, i) => (f, i))) zip.CreateEntryFromFile(file, $"{i}.xml");
        }

        var firstTwo = files.Take(2).Sum(f => new FileInfo(f).Length);

        var summary = Importer(new ImportOptions { MaxZipBytes = firstTwo }).Import([zipPath]);

        Assert.Equal(2, summary.FilingsImported);
        var rest = Assert.Single(summary.Quarantined);
        Assert.Equal(zipPath, rest.Source);
        Assert.Matches(@"^the zip expands past Import:MaxZipBytes \([\d.]+ KB\): its last 3 entries were not read; raise Import:MaxZipBytes to import them$", rest.Reason);
    }

    [Theory]
    [InlineData(4, 3)]
    [InlineData(70_000, 65_536)] // past 65,535 entries the count is in the zip64 end record
    public void Import_ZipListingMoreEntriesThanTheCap_IsQuarantinedUnopenedNamingTheCap(int entries, int cap)
    {
        var zipPath = Path.Combine(store.Folder, "crowded.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            for (var i = 0; i < entries; i++) zip.CreateEntry($"{i}.xml", CompressionLevel.NoCompression);
        }

        var summary = Importer(new ImportOptions { MaxZipEntries = cap }).Import([zipPath]);

        var refused = Assert.Single(summary.Quarantined);
        Assert.Equal(zipPath, refused.Source);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture,
            $"the zip lists {entries:#,0} entries, more than Import:MaxZipEntries ({cap:#,0}): not opened; raise Import:MaxZipEntries to import it"), refused.Reason);
    }

    [Fact]
    public void Import_ZipWithinTheEntryCap_IsOpened()
    {
        var zipPath = Path.Combine(store.Folder, "three.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            foreach (var (file, i) in Filings(3).Select((f, i) => (f, i))) zip.CreateEntryFromFile(file, $"{i}.xml");
        }

        var summary = Importer(new ImportOptions { MaxZipEntries = 3 }).Import([zipPath]);

        Assert.Equal(3, summary.FilingsImported);
        Assert.Empty(summary.Quarantined);
    }
}
