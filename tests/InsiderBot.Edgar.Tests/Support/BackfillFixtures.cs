using System.IO.Compression;
using InsiderBot.Edgar.Backfill;
using InsiderBot.Edgar.DataSets;
using InsiderBot.Edgar.Live;
using InsiderBot.Edgar.Tests.DataSets;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Filings;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.Tests.Support;

/// <summary>History on the fake EDGAR as backfill and the bootstrap read it: daily indexes and a quarter's data set.</summary>
internal static class BackfillFixtures
{
    /// <summary>
    /// An index for every business day (weekends stay 404, as on EDGAR), with <paramref name="perDay"/> Form 4s on every
    /// <paramref name="everyNth"/>th business day and none on the others.
    /// </summary>
    public static List<SyntheticFiling> PublishBusinessDays(FakeEdgar edgar, DateOnly first, DateOnly last, int perDay = 1, int everyNth = 4)
    {
        var published = new List<SyntheticFiling>();
        var n = 0;
        var business = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            var count = business++ % everyNth == 0 ? perDay : 0;
            var filings = Enumerable.Range(0, count).Select(_ => ++n).Select(i => new SyntheticFiling(
                SyntheticFiling.AccessionOf(i, 25), 7_000_001 + (i % 3), $"Company {i % 3}", $"CO{i % 3}", 8_000_001 + i, $"Director {i}", day,
                new DateTimeOffset(day, new TimeOnly(17, 0), TimeSpan.FromHours(-5)))).ToList();
            edgar.PublishDailyIndex(day, filings);
            published.AddRange(filings);
        }

        return published;
    }

    /// <summary>The backfill as the bot wires it (data sets, then daily indexes), on the harness's EDGAR client.</summary>
    public static HistoryBackfill NewBackfill(EdgarHarness h, TestStore store)
    {
        var importer = new DataSetImporter(store.Store, h.Time, NullLogger<DataSetImporter>.Instance);
        var dataSets = new DataSetBackfill(h.Client, importer, Options.Create(h.Options), NullLogger<DataSetBackfill>.Instance);
        var daily = new DailyIndexBackfill(h.Client, new DailyIndexWalk(h.Client), store.Store, new FilingDocumentReader(), h.Time, NullLogger<DailyIndexBackfill>.Instance);
        return new HistoryBackfill(dataSets, daily, store.Store, h.Time);
    }

    /// <summary>A quarter's data set zip (the SEC's tables) holding the filings.</summary>
    public static byte[] DataSetZip(TempDirectory folder, IReadOnlyList<Form4Filing> filings)
    {
        var tables = folder.File("dataset");
        DataSetWriter.Write(tables, filings);
        var zip = folder.File("dataset.zip");
        ZipFile.CreateFromDirectory(tables, zip);
        return File.ReadAllBytes(zip);
    }
}
