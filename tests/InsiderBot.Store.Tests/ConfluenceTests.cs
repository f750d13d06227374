using InsiderBot.Filings;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using InsiderBot.Testing;

namespace InsiderBot.Store.Tests;

public sealed class ConfluenceTests : IDisposable
{
    private const long Berkshire = 1067983;
    private const long Scion = 1649339;
    private const string Chevron = "166764100";
    private static readonly DateOnly Q3 = new(2022, 9, 30);
    private static readonly DateOnly Q4 = new(2022, 12, 31);

    private readonly TestStore store = new(new DateTimeOffset(2023, 3, 1, 12, 0, 0, TimeSpan.Zero)); // Q4 2022 filed, within the age limit
    private readonly HoldingsStore holdings;

    public ConfluenceTests() => holdings = new HoldingsStore(store.Database);

    public void Dispose() => store.Dispose();

    /// <summary>Berkshire's real Q4 2022 table; the Q3 before it has fewer Apple shares, no Chevron, and Disney (sold out by Q4).</summary>
    private void StoreBerkshire()
    {
        var path = RepoPaths.Fixture("edgar", "13f", "infotable_172rows.edgar4j_20651.xml");
        var q4 = new ThirteenFParser().Parse(File.ReadAllBytes(path), path, Q4, new DateOnly(2023, 2, 14)).Report!;
        var q3Rows = q4.Holdings.Where(h => h.Cusip != Chevron)
            .Select(h => h.Cusip == "037833100" ? h with { Amount = 894_802_319m } : h)
            .Append(new ThirteenFHolding("254687106", "WALT DISNEY CO", "COM", null, 1_000_000m, 10_000m, "SH", 1));
        holdings.Save(q4 with { Period = Q3, FiledOn = new DateOnly(2022, 11, 14), Holdings = [.. q3Rows] }, Berkshire);
        holdings.Save(q4, Berkshire);
    }

    private SuperinvestorTracker Tracker(int maxAgeDays = 225) => new(holdings, Microsoft.Extensions.Options.Options.Create(new SuperinvestorOptions
    {
        Managers = [new TrackedManager { Cik = Berkshire, Name = "Berkshire Hathaway" }, new TrackedManager { Cik = Scion, Name = "Scion Asset Management" }],
        ConfluenceMaxAgeDays = maxAgeDays,
    }), store.Time);

    [Fact]
    public void APositionBoughtInTheLatestQuarter_IsInitiated()
    {
        StoreBerkshire();

        var confluence = Tracker().ConfluenceFor("CVX", "CHEVRON CORP");

        Assert.NotNull(confluence);
        Assert.True(confluence.Initiated);
        Assert.Equal(("Berkshire Hathaway", Q4, Chevron, 0), (confluence.Lead.Manager.Name, confluence.Lead.Period, confluence.Lead.Current!.Cusip, confluence.OtherManagers));
    }

    [Fact]
    public void AHeldPosition_IsConfluence_ButNotInitiated()
    {
        StoreBerkshire();

        var confluence = Tracker().ConfluenceFor("AAPL", "Apple Inc.");

        Assert.NotNull(confluence);
        Assert.False(confluence.Initiated);
        Assert.Equal(PositionChange.Added, confluence.Lead.Change);
    }

    [Fact]
    public void ASoldOutPosition_OrACompanyNoOneHolds_IsNoConfluence()
    {
        StoreBerkshire();

        Assert.Null(Tracker().ConfluenceFor("DIS", "WALT DISNEY CO"));
        Assert.NotEmpty(Tracker().PositionsIn("DIS", "WALT DISNEY CO")); // /superinvestors still shows the sale
        Assert.Null(Tracker().ConfluenceFor("TSLA", "Tesla, Inc."));
    }

    [Fact]
    public void TheOnlyStoredQuarter_ReadsAsHeld_NotInitiated()
    {
        var path = RepoPaths.Fixture("edgar", "13f", "infotable_172rows.edgar4j_20651.xml");
        holdings.Save(new ThirteenFParser().Parse(File.ReadAllBytes(path), path, Q4, new DateOnly(2023, 2, 14)).Report!, Berkshire);

        var confluence = Tracker().ConfluenceFor("CVX", "CHEVRON CORP");

        Assert.NotNull(confluence);
        Assert.False(confluence.Initiated);
    }

    [Fact]
    public void AnInitiatedPosition_LeadsOverALargerHeldOne()
    {
        StoreBerkshire();
        var path = RepoPaths.Fixture("edgar", "13f", "infotable_172rows.edgar4j_20651.xml");
        var scion = new ThirteenFParser().Parse(File.ReadAllBytes(path), path, Q4, new DateOnly(2023, 2, 14)).Report!;
        var small = scion with { Holdings = [.. scion.Holdings.Where(h => h.Cusip == Chevron).Select(h => h with { Value = h.Value * 10 })] };
        holdings.Save(small with { Period = Q3 }, Scion);
        holdings.Save(small, Scion);

        var confluence = Tracker().ConfluenceFor("CVX", "CHEVRON CORP");

        Assert.Equal(("Berkshire Hathaway", 1), (confluence!.Lead.Manager.Name, confluence.OtherManagers));
    }

    [Fact]
    public void AHolding_IsConfluence_WhileItsQuarterIsRecent_AndNotOnceNowPassesTheAgeLimit()
    {
        StoreBerkshire();
        Assert.NotNull(Tracker().ConfluenceFor("CVX", "CHEVRON CORP"));

        store.Time.SetUtcNow(new DateTimeOffset(Q4.AddDays(225).ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero));
        Assert.NotNull(Tracker().ConfluenceFor("CVX", "CHEVRON CORP")); // the last day it counts

        store.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(Tracker().ConfluenceFor("CVX", "CHEVRON CORP"));
        Assert.Null(Tracker().Snapshot().ConfluenceFor("AAPL", "Apple Inc."));
        Assert.NotEmpty(Tracker().PositionsIn("CVX", "CHEVRON CORP")); // /superinvestors still shows it, with its quarter
        Assert.NotNull(Tracker(maxAgeDays: 400).ConfluenceFor("CVX", "CHEVRON CORP")); // the limit is the option
    }

    [Fact]
    public void AStaleManager_IsNotCountedAmongTheOthersHoldingIt()
    {
        StoreBerkshire();
        var path = RepoPaths.Fixture("edgar", "13f", "infotable_172rows.edgar4j_20651.xml");
        var scion = new ThirteenFParser().Parse(File.ReadAllBytes(path), path, new DateOnly(2022, 3, 31), new DateOnly(2022, 5, 14)).Report!;
        holdings.Save(scion with { Holdings = [.. scion.Holdings.Where(h => h.Cusip == Chevron)] }, Scion); // Q1 2022: ended 335 days ago

        var confluence = Tracker().ConfluenceFor("CVX", "CHEVRON CORP");

        Assert.Equal(("Berkshire Hathaway", 0), (confluence!.Lead.Manager.Name, confluence.OtherManagers));
        Assert.Equal(1, Tracker(maxAgeDays: 400).ConfluenceFor("CVX", "CHEVRON CORP")!.OtherManagers);
    }
}
