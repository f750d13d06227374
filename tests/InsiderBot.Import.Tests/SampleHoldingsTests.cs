using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using InsiderBot.Testing;

namespace InsiderBot.Import.Tests;

/// <summary>The bundled demo's real 13F reports (<c>SampleData/13f</c>), seeded with the sample Form 4s.</summary>
public sealed class SampleHoldingsTests
{
    private const long Bard = 1850858;
    private const long LtsOne = 1894188;
    private const long AcornCreek = 1994827;
    private const long Berkshire = 1067983;

    private static SuperinvestorTracker Tracker(TestStore store, params TrackedManager[] configured) =>
        new(store.Holdings, Microsoft.Extensions.Options.Options.Create(new SuperinvestorOptions { Managers = [.. configured] }), store.Time);

    [Fact]
    public void Seeding_StoresEachBundledReport_InDollars_AsTheCoverPageTotals()
    {
        using var store = new TestStore(sampleHoldings: true);

        store.Seeder.EnsureSeeded();

        // Bard's table (filed 2021) states thousands: its cover page says 1,129,298 (thousands), LTS One's and Acorn
        // Creek's (filed 2023 and 2025) dollars.
        Assert.Equal(1_129_298_000m, Latest(store, Bard).Holdings.Sum(h => h.Value));
        Assert.Equal(454_926_000m, Latest(store, LtsOne).Holdings.Sum(h => h.Value));
        Assert.Equal(194_611_845m, Latest(store, AcornCreek).Holdings.Sum(h => h.Value));
        Assert.Equal(
            [(Bard, new DateOnly(2021, 9, 30)), (LtsOne, new DateOnly(2023, 9, 30)), (AcornCreek, new DateOnly(2024, 12, 31))],
            new[] { Bard, LtsOne, AcornCreek }.Select(m => (m, Latest(store, m).Period)));
    }

    [Fact]
    public void Seeding_AddsTheFilersAsDemoManagers_NamedAsWhatTheyAre_BesideTheConfiguredOnes()
    {
        using var store = new TestStore(sampleHoldings: true);
        var berkshire = new TrackedManager { Cik = Berkshire, Name = "Berkshire Hathaway" };
        var tracker = Tracker(store, berkshire);
        Assert.Equal([Berkshire], tracker.Managers.Select(m => m.Cik));

        store.Seeder.EnsureSeeded();

        Assert.Equal(
            ["Berkshire Hathaway", "Bard Financial Services, Inc. (demo 13F filer)", "LTS One Management LP (demo 13F filer)", "ACORN CREEK CAPITAL LLC (demo 13F filer)"],
            tracker.Managers.Select(m => m.Name));
        Assert.Equal([Berkshire], tracker.WithoutStoredReport().Select(m => m.Cik));
    }

    [Fact]
    public void Microsoft_IsHeldByEveryBundledFiler_MatchedByName_AtPlausiblePrices()
    {
        using var store = new TestStore(sampleHoldings: true);
        store.Seeder.EnsureSeeded();
        var microsoft = store.Store.FindIssuer("MSFT")!;

        var positions = Tracker(store).PositionsIn(microsoft.Ticker, microsoft.Name);

        Assert.Equal([Bard, LtsOne, AcornCreek], positions.Select(p => p.Manager.Cik).Order());
        Assert.All(positions, p => Assert.Equal(MatchConfidence.ExactName, p.Confidence));
        // Microsoft traded near $281 (Sep 2021), $316 (Sep 2023) and $421 (Dec 2024): value per share tells thousands from dollars.
        var prices = positions.ToDictionary(p => p.Manager.Cik, p => p.Current!.Value / p.Current.Amount);
        Assert.InRange(prices[Bard], 270m, 290m);
        Assert.InRange(prices[LtsOne], 305m, 325m);
        Assert.InRange(prices[AcornCreek], 410m, 430m);
    }

    [Fact]
    public void AStoreNotSeededWithTheSample_GetsNoDemoHoldings()
    {
        using var store = new TestStore(sampleHoldings: true);
        store.Options.Value.SeedSampleData = false;
        using var seeded = new TestStore(sampleHoldings: true);

        store.Seeder.EnsureSeeded();
        seeded.Seeder.EnsureSeeded();

        Assert.Empty(store.Holdings.DemoManagers());
        Assert.Null(store.Holdings.LatestPeriod(LtsOne));
        Assert.NotEmpty(seeded.Holdings.DemoManagers()); // the same store, seeded
        Assert.NotNull(seeded.Holdings.LatestPeriod(LtsOne));
    }

    [Theory]
    [InlineData("BardFinancial_2021Q3/primary_doc.xml", "primary_doc_BardFinancial_2021Q3.xml")]
    [InlineData("BardFinancial_2021Q3/infotable.xml", "infotable_BardFinancial_2021Q3.xml")]
    [InlineData("LTSOne_0001894188-23-000007.txt", "LTSOne_0001894188-23-000007_fullsubmission.txt")]
    [InlineData("AcornCreek_0001951757-25-000093.nc", "AcornCreek_0001951757-25-000093.nc")]
    public void TheBundledReports_AreTheRealFilingsUnchanged(string bundled, string fixture) =>
        Assert.Equal(File.ReadAllBytes(RepoPaths.Fixture("edgar", "13f", fixture)), File.ReadAllBytes(Path.Combine(RepoPaths.SampleData, "13f", bundled)));

    private static ManagerQuarter Latest(TestStore store, long manager) => Assert.Single(store.Holdings.LatestQuarters(manager, 2));
}
