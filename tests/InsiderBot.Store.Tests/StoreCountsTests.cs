using InsiderBot.Testing;

namespace InsiderBot.Store.Tests;

/// <summary>
/// <c>/status</c> shows how many filings and trades the store holds from counts kept at ingest (LiteDB's own count
/// reads every key of a collection into memory); they must equal what the collections hold.
/// </summary>
public sealed class StoreCountsTests
{
    [Fact]
    public void The_counts_follow_every_import_and_a_store_without_them_is_counted_when_opened()
    {
        using var folder = new TempDirectory();
        var path = folder.File("store.db");
        using (var t = new TestStore(path: path))
        {
            Assert.Equal((0L, 0L), (t.Store.Statistics().Filings, t.Store.Statistics().Trades));
            Assert.True(t.Store.IsEmpty);
            t.Ingest(RepoPaths.Form4("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml"));
            Assert.False(t.Store.IsEmpty);
            t.Importer.Import([Path.Combine(RepoPaths.SampleData, "form4")]); // the first filing again (a duplicate), then the rest
            t.Importer.Import([Path.Combine(RepoPaths.SampleData, "form4")]); // all duplicates: nothing added

            var stats = t.Store.Statistics();
            Assert.True(stats.Filings > 400, $"{stats.Filings} filings");
            Assert.Equal((t.Database.Filings.All().Count(), t.Database.Rows.All().Count()), ((int)stats.Filings, (int)stats.Trades));
            t.Database.Meta.Delete("counts-v1"); // as a store written before the counts existed
        }

        using var reopened = new TestStore(path: path);
        var counted = reopened.Store.Statistics();
        Assert.Equal((reopened.Database.Filings.All().Count(), reopened.Database.Rows.All().Count()), ((int)counted.Filings, (int)counted.Trades));
        Assert.True(counted.Trades > 1000);
        var symbols = reopened.Database.Symbols;
        Assert.True(symbols.Count() > 7, $"{symbols.Count()} symbols");
        Assert.Equal(symbols.Count(), StoreCounts.CountInSlices(symbols, slice: 7)); // many slices, the last one full or not
        Assert.Equal(symbols.Count(), StoreCounts.CountInSlices(symbols, slice: symbols.Count()));
        Assert.Equal(reopened.Database.Filings.All().Count(), reopened.Database.Filings.Count()); // the months' tallies
    }
}
