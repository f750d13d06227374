using System.IO.Compression;
using InsiderBot.Edgar.DataSets;
using InsiderBot.Edgar.Tests.Support;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.Tests.DataSets;

public sealed class DataSetBackfillTests
{
    [Fact]
    public void Quarter_ranges_cross_years()
    {
        Assert.True(DataSetBackfill.TryParseQuarter("2023q3", out var from));
        Assert.True(DataSetBackfill.TryParseQuarter("2024Q2", out var to));
        Assert.False(DataSetBackfill.TryParseQuarter("2024q5", out _));
        Assert.Equal([(2023, 3), (2023, 4), (2024, 1), (2024, 2)], DataSetBackfill.Between(from, to));
    }

    [Fact]
    public async Task Backfill_downloads_each_quarter_through_the_limiter_retries_a_truncated_zip_and_imports_it()
    {
        using var folder = new TempDirectory();
        await using var h = await EdgarHarness.StartAsync(o => o.DataSetFolder = folder.File("datasets"));
        var filings = LiveHarness.Filings;
        h.Fake.AddFile("/files/structureddata/data/insider-transactions-data-sets/2023q1_form345.zip", Zip(folder, "q1", filings.Take(20).ToList()));
        h.Fake.AddFile("/files/structureddata/data/insider-transactions-data-sets/2023q2_form345.zip", Zip(folder, "q2", filings.Skip(20).Take(15).ToList()));
        h.Fake.Inject("2023q2_form345.zip", FakeFault.Truncated);
        using var store = new TestStore();
        var importer = new DataSetImporter(store.Store, store.Time, NullLogger<DataSetImporter>.Instance);
        var backfill = new DataSetBackfill(h.Client, importer, Options.Create(h.Options), NullLogger<DataSetBackfill>.Instance);

        var results = await backfill.RunAsync((2023, 1), (2023, 2), _ => null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal([20, 15], results.Select(r => r.Import.FilingsImported));
        Assert.Equal(35, store.Store.Statistics().Filings);
        Assert.Equal(3, h.Fake.Requests.Count);
        Assert.All(h.Fake.Requests, r => Assert.Equal(EdgarHarness.UserAgent, r.UserAgent));
        Assert.True(File.Exists(Path.Combine(folder.File("datasets"), "2023q2_form345.zip")));
    }

    private static byte[] Zip(TempDirectory folder, string name, IReadOnlyList<InsiderBot.Filings.Form4Filing> filings)
    {
        var tables = folder.File(name);
        DataSetWriter.Write(tables, filings);
        var zip = folder.File(name + ".zip");
        ZipFile.CreateFromDirectory(tables, zip);
        return File.ReadAllBytes(zip);
    }
}
