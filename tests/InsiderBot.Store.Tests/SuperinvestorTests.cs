using InsiderBot.Filings;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using InsiderBot.Testing;

namespace InsiderBot.Store.Tests;

public sealed class SuperinvestorTests : IDisposable
{
    private const long Berkshire = 1067983;
    private static readonly DateOnly Q3 = new(2022, 9, 30);
    private static readonly DateOnly Q4 = new(2022, 12, 31);

    private readonly TestStore store = new();
    private readonly HoldingsStore holdings;

    public SuperinvestorTests() => holdings = new HoldingsStore(store.Database);

    public void Dispose() => store.Dispose();

    /// <summary>Berkshire's real Q4 2022 table (172 rows; Apple 895,136,175 shares).</summary>
    private static ThirteenFReport BerkshireQ4()
    {
        var path = RepoPaths.Fixture("edgar", "13f", "infotable_172rows.edgar4j_20651.xml");
        var outcome = new ThirteenFParser().Parse(File.ReadAllBytes(path), path, Q4, new DateOnly(2023, 2, 14));
        Assert.True(outcome.IsParsed, outcome.Problem);
        return outcome.Report!;
    }

    /// <summary>The quarter before, derived from Q4 with Berkshire's reported Q3 changes: fewer Apple shares, more Chevron, and a stake in a company since sold.</summary>
    private static ThirteenFReport BerkshireQ3()
    {
        var q4 = BerkshireQ4();
        var rows = q4.Holdings.Select(h => h.Cusip switch
        {
            "037833100" => h with { Amount = 894_802_319m },
            "166764100" => h with { Amount = h.Amount + 1_000_000m },
            _ => h,
        }).Append(new ThirteenFHolding("254687106", "DISNEY WALT CO", "COM", null, 1_000_000m, 10_000m, "SH", 1));
        return q4 with { Period = Q3, FiledOn = new DateOnly(2022, 11, 14), Holdings = [.. rows] };
    }

    private SuperinvestorTracker Tracker(params CusipMatch[] matches) =>
        new(holdings, Microsoft.Extensions.Options.Options.Create(new SuperinvestorOptions
        {
            Managers = [new TrackedManager { Cik = Berkshire, Name = "Berkshire Hathaway" }, new TrackedManager { Cik = 1336528, Name = "Pershing Square" }],
            Matches = [.. matches],
        }), store.Time);

    [Fact]
    public void Holdings_RoundTripThroughTheStore_LatestQuarterFirst()
    {
        Assert.Equal(HoldingsSaveResult.Stored, holdings.Save(BerkshireQ3(), Berkshire));
        Assert.Equal(HoldingsSaveResult.Stored, holdings.Save(BerkshireQ4(), Berkshire));

        var quarters = holdings.LatestQuarters(Berkshire, 2);

        Assert.Equal([Q4, Q3], quarters.Select(q => q.Period));
        Assert.Equal(BerkshireQ4().Holdings, quarters[0].Holdings);
        Assert.Empty(holdings.LatestQuarters(1336528, 2));
    }

    [Fact]
    public void ALaterFilingForTheSameQuarter_ReplacesIt_AndAnOlderOneIsIgnored()
    {
        var original = BerkshireQ4();
        var amended = original with { FiledOn = new DateOnly(2023, 5, 15), Holdings = original.Holdings.Take(10).ToList() };

        holdings.Save(original, Berkshire);
        Assert.Equal(HoldingsSaveResult.Replaced, holdings.Save(amended, Berkshire));
        Assert.Equal(HoldingsSaveResult.OlderThanStored, holdings.Save(original, Berkshire));

        Assert.Equal(10, holdings.LatestQuarters(Berkshire, 1)[0].Holdings.Count);
    }

    [Fact]
    public void ABareTableWithoutManagerOrQuarter_IsNotStored()
    {
        var bare = BerkshireQ4() with { Period = null };

        Assert.Equal(HoldingsSaveResult.MissingManager, holdings.Save(bare));
        Assert.Equal(HoldingsSaveResult.MissingPeriod, holdings.Save(bare, Berkshire));
    }

    [Theory]
    [InlineData("AAPL", "Apple Inc.", "037833100", PositionChange.Added)]
    [InlineData("CVX", "CHEVRON CORP", "166764100", PositionChange.Trimmed)]
    [InlineData("BAC", "BANK OF AMERICA CORP /DE/", "060505104", PositionChange.Unchanged)]
    [InlineData("OXY", "OCCIDENTAL PETROLEUM CORP /DE/", "674599105", PositionChange.Unchanged)]
    public void Tracker_MatchesForm4NamesToTheTable_AndReadsTheChange(string ticker, string issuerName, string cusip, PositionChange change)
    {
        holdings.Save(BerkshireQ3(), Berkshire);
        holdings.Save(BerkshireQ4(), Berkshire);

        var position = Assert.Single(Tracker().PositionsIn(ticker, issuerName));

        Assert.Equal(("Berkshire Hathaway", Q4, Q3), (position.Manager.Name, position.Period, position.PreviousPeriod!.Value));
        Assert.Equal(cusip, (position.Current ?? position.Previous)!.Cusip);
        Assert.Equal(change, position.Change);
    }

    [Fact]
    public void Disney_SoldOut_IsFoundOnlyThroughAConfiguredCusip()
    {
        // "DISNEY WALT CO" and "Walt Disney Co" share no leading words: only a configured CUSIP links them.
        holdings.Save(BerkshireQ3(), Berkshire);
        holdings.Save(BerkshireQ4(), Berkshire);

        Assert.Empty(Tracker().PositionsIn("DIS", "Walt Disney Co"));
        var configured = Assert.Single(Tracker(new CusipMatch { Ticker = "dis", Cusip = "254687106" }).PositionsIn("DIS", "Walt Disney Co"));
        Assert.Equal((MatchConfidence.Configured, PositionChange.SoldOut, (ThirteenFHolding?)null), (configured.Confidence, configured.Change, configured.Current));
        Assert.Equal(10_000m, configured.Previous!.Amount);
    }

    [Fact]
    public void Tracker_OnlyOneStoredQuarter_ReadsEveryPositionAsTheFirst()
    {
        holdings.Save(BerkshireQ4(), Berkshire);

        var apple = Assert.Single(Tracker().PositionsIn("AAPL", "Apple Inc."));

        Assert.Equal((PositionChange.New, (DateOnly?)null, MatchConfidence.ExactName), (apple.Change, apple.PreviousPeriod, apple.Confidence));
        Assert.Equal(116_305_043_218m, apple.Current!.Value);
    }

    [Fact]
    public void ConfiguredMatches_WinOverNames_AndNoneSilencesACompany()
    {
        holdings.Save(BerkshireQ4(), Berkshire);

        var forced = Assert.Single(Tracker(new CusipMatch { Ticker = "XYZ", Cusip = "037833100" }).PositionsIn("XYZ", "Nothing Alike Corp"));
        Assert.Equal((MatchConfidence.Configured, "APPLE INC"), (forced.Confidence, forced.Current!.IssuerName));
        Assert.Empty(Tracker(new CusipMatch { Ticker = "AAPL", Cusip = "none" }).PositionsIn("AAPL", "Apple Inc."));
        Assert.Empty(Tracker().PositionsIn("ZZZZ", "Unheld Company Inc"));
    }

    [Theory]
    [InlineData("Tesla, Inc.", "TESLA INC")]
    [InlineData("BANK OF AMERICA CORP /DE/", "BANK AMER CORP")]
    [InlineData("Celanese Corp", "CELANESE CORP DEL")]
    [InlineData("Alphabet Inc. Class A", "ALPHABET INC")]
    [InlineData("General Motors Co", "GENERAL MTRS CO")]
    [InlineData("Marsh & McLennan Companies, Inc.", "MARSH & MCLENNAN COS INC")]
    [InlineData("3M Company", "3M CO COM")]
    public void IssuerNames_FromForm4sAnd13Fs_Normalise_ToTheSameName(string form4, string thirteenF) =>
        Assert.Equal(MatchConfidence.ExactName, IssuerNames.Compare(form4, thirteenF));

    [Theory]
    [InlineData("Apple Inc.", "APPLE HOSPITALITY REIT INC", MatchConfidence.LikelyName)]
    [InlineData("TAIWAN SEMICONDUCTOR MANUFACTURING CO LTD", "TAIWAN SEMICONDUCTOR MFG LTD", MatchConfidence.ExactName)]
    [InlineData("Charter Communications, Inc. /MO/", "CHARTER COMMUNICATIONS INC N", MatchConfidence.LikelyName)]
    [InlineData("Liberty Media Corp", "LIBERTY LATIN AMERICA LTD", null)]
    [InlineData("Novo-Nordisk A/S", "NOVO-NORDISK A S", MatchConfidence.ExactName)]
    public void IssuerNames_KeepTheirConfidence(string form4, string thirteenF, MatchConfidence? expected) =>
        Assert.Equal(expected, IssuerNames.Compare(form4, thirteenF));
}
