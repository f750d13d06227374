using InsiderBot.Testing;

namespace InsiderBot.Import.Tests;

public sealed class StoreSeederTests
{
    [Fact]
    public void EnsureSeeded_EmptyStore_ImportsEveryBundledFilingOnce()
    {
        using var store = new TestStore();

        var summary = store.Seeder.EnsureSeeded();

        Assert.NotNull(summary);
        Assert.Equal(437 + 9, summary.FilingsImported + summary.Duplicates); // 437 XML + 9 XML-bearing submissions
        Assert.Single(summary.Quarantined); // the 2000-era text filing
        Assert.Null(store.Seeder.EnsureSeeded());
        Assert.True(store.Store.Statistics().Trades > 2000);
    }

    [Fact]
    public void EnsureSeeded_StoreThatHoldsData_IsNeverSeeded()
    {
        using var store = new TestStore();
        store.Ingest(RepoPaths.Form4("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml"));

        Assert.Null(store.Seeder.EnsureSeeded());
        Assert.Equal(1, store.Store.Statistics().Filings);
    }
}
