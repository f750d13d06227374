using InsiderBot.Insights.Splits;
using Xunit;

namespace InsiderBot.Insights.Tests.Splits;

public sealed class SplitInferenceTests
{
    private static readonly DateOnly Day0 = new(2023, 3, 1);

    [Fact]
    public void Tesla_BundledFilingsAlone_ShowBothSplitsWithTheirRatiosAndDates()
    {
        var ledger = new SplitLedger(new SplitOptions());
        foreach (var facts in BundledSplits.Of(BundledSplits.Tesla)) ledger.Add(facts);

        var applied = ledger.History(BundledSplits.Tesla).Splits;

        Assert.Collection(applied,
            s => AssertSplit(s, new SplitRatio(5, 1), new DateOnly(2020, 8, 31)),
            s => AssertSplit(s, new SplitRatio(3, 1), new DateOnly(2022, 8, 25)));
        Assert.All(applied, s => Assert.Equal(SplitSource.Filings, s.Source));
        Assert.Contains(applied[0].Evidence, e => e.Contains("$31.17 to $6.24", StringComparison.Ordinal));
        Assert.Contains(applied[1].Evidence, e => e.Contains("155,039,144", StringComparison.Ordinal) && e.Contains("465,117,432", StringComparison.Ordinal));
    }

    [Fact]
    public void Tesla_SeriesFollowedAcrossBothSplits_IsNotASplitOfItsOwn()
    {
        // The 2013 option grant (350 at $41.83) reads 5,250 at $2.79 in 2023: 15-for-1 is both splits, not a third.
        var inferred = SplitInference.Infer(BundledSplits.Tesla, BundledSplits.Of(BundledSplits.Tesla));

        Assert.DoesNotContain(inferred, s => s.Ratio == new SplitRatio(15, 1));
        Assert.Contains(inferred, s => s.Ratio == new SplitRatio(5, 1));
        Assert.Contains(inferred, s => s.Ratio == new SplitRatio(3, 1));
    }

    [Fact]
    public void OptionsThatVestWithTheirStrikeUnchanged_AreNotApplied()
    {
        // Bundled: an EB director's option series doubles between filings at an unchanged $16.76 strike (a second tranche, no split).
        var ledger = new SplitLedger(new SplitOptions());
        foreach (var facts in BundledSplits.Facts) ledger.Add(facts);

        var eb = ledger.Inferred(1475115);
        Assert.Contains(eb, s => s.Ratio == new SplitRatio(2, 1) && s.Confidence < ledger.Options.MinConfidence);
        Assert.True(ledger.History(1475115).IsEmpty);
    }

    [Fact]
    public void ReverseSplit_OneForTen_IsFound()
    {
        var splits = Infer(
            new SplitFilingBuilder("r-1").Trade("S", Day0, 5_000, 2.05m, 120_000).Build(),
            new SplitFilingBuilder("r-2").Trade("S", Day0.AddDays(40), 500, 19.80m, 11_500).Build());

        var split = Assert.Single(splits);
        AssertSplit(split, new SplitRatio(1, 10), Day0.AddDays(20));
        Assert.True(split.Confidence >= new SplitOptions().MinConfidence, $"confidence {split.Confidence}");
    }

    [Fact]
    public void ThreeForTwo_IsFound()
    {
        var splits = Infer(
            new SplitFilingBuilder("t-1").Trade("P", Day0, 1_000, 60.00m, 41_001).Build(),
            new SplitFilingBuilder("t-2").Trade("S", Day0.AddDays(30), 1_000, 41.50m, 60_501).Build());

        var split = Assert.Single(splits);
        AssertSplit(split, new SplitRatio(3, 2), Day0.AddDays(15));
        Assert.True(split.Confidence >= new SplitOptions().MinConfidence, $"confidence {split.Confidence}");
    }

    [Fact]
    public void HoldingsDoubledByAPurchase_AreNotASplit()
    {
        var splits = Infer(
            new SplitFilingBuilder("p-1").Trade("S", Day0, 100, 50m, 10_000).Build(),
            new SplitFilingBuilder("p-2").Trade("P", Day0.AddDays(10), 10_000, 50.50m, 20_000).Build());
        var unexplained = Infer(
            new SplitFilingBuilder("p-1").Trade("S", Day0, 100, 50m, 10_000).Build(),
            new SplitFilingBuilder("p-2").Trade("S", Day0.AddDays(10), 100, 50.50m, 19_900).Build());

        Assert.Empty(splits);
        Assert.Contains(unexplained, s => s.Ratio == new SplitRatio(2, 1)); // the same doubling with no purchase to explain it
    }

    [Fact]
    public void HoldingsDoubledByATransferFromATrust_AreNotASplit()
    {
        // The direct holding doubles between filings; the trust's filing in between reports the 10,000 shares leaving it.
        var splits = Infer(
            new SplitFilingBuilder("x-1").Trade("S", Day0, 100, 50m, 10_000).Build(),
            new SplitFilingBuilder("x-2").Trade("J", Day0.AddDays(5), 10_000, 0m, 30_000, 'I', 'D').Build(),
            new SplitFilingBuilder("x-3").Trade("S", Day0.AddDays(10), 100, 50.20m, 19_900).Build());
        var withoutTheTrust = Infer(
            new SplitFilingBuilder("x-1").Trade("S", Day0, 100, 50m, 10_000).Build(),
            new SplitFilingBuilder("x-3").Trade("S", Day0.AddDays(10), 100, 50.20m, 19_900).Build());

        Assert.Empty(splits);
        Assert.Contains(withoutTheTrust, s => s.Ratio == new SplitRatio(2, 1));
    }

    [Fact]
    public void HoldingsDoubledWhilePricesStayPut_AreNotApplied()
    {
        var options = new SplitOptions();
        var splits = Infer(
            new SplitFilingBuilder("h-1").Trade("S", Day0, 100, 50m, 10_000).Build(),
            new SplitFilingBuilder("h-2").Trade("S", Day0.AddDays(20), 100, 49.80m, 19_900).Build());

        Assert.Contains(splits, s => s.Ratio == new SplitRatio(2, 1)); // found, but not trusted
        Assert.All(splits, s => Assert.True(s.Confidence < options.MinConfidence, $"confidence {s.Confidence}"));
    }

    [Fact]
    public void Footnote_GivesTheExactDateAndCorrectsTheRatio()
    {
        var splits = Infer(
            new SplitFilingBuilder("f-1").Trade("S", Day0, 1_000, 90m, 30_000).Build(),
            new SplitFilingBuilder("f-2").Trade("S", Day0.AddDays(60), 1_000, 31m, 89_000)
                .Footnote("The number of shares has been adjusted to reflect the 3-for-1 stock split effected on March 24, 2023.").Build());

        var split = Assert.Single(splits);
        Assert.Equal(new SplitRatio(3, 1), split.Ratio);
        Assert.Equal(SplitSource.Footnote, split.Source);
        Assert.Equal(new DateOnly(2023, 3, 24), split.By);
        Assert.Equal(new DateOnly(2023, 3, 23), split.After);
        Assert.Equal(1m, split.Confidence);
    }

    [Fact]
    public void KnownSplit_OverridesTheInferredOneAroundItsDateAndAddsOthers()
    {
        var options = new SplitOptions
        {
            Known =
            [
                new KnownSplit { Ticker = "splt", Date = new DateOnly(2023, 3, 20), Ratio = "2-for-1" },
                new KnownSplit { Ticker = "SPLT", Date = new DateOnly(2019, 1, 2), Ratio = "1-for-4" },
            ],
        };
        var ledger = new SplitLedger(options);
        ledger.Add(SplitFacts.Of(new SplitFilingBuilder("k-1").Trade("S", Day0, 1_000, 90m, 30_000).Build()));
        ledger.Add(SplitFacts.Of(new SplitFilingBuilder("k-2").Trade("S", Day0.AddDays(40), 1_000, 31m, 89_000).Build()));

        var applied = ledger.History(77).Splits;

        Assert.Collection(applied,
            s => Assert.Equal((new SplitRatio(1, 4), new DateOnly(2019, 1, 2), SplitSource.Configured), (s.Ratio, s.By, s.Source)),
            s => Assert.Equal((new SplitRatio(2, 1), new DateOnly(2023, 3, 20), SplitSource.Configured), (s.Ratio, s.By, s.Source)));
    }

    [Fact]
    public void History_RestatesPricesAndSharesOnTodaysBasis()
    {
        var ledger = new SplitLedger(new SplitOptions());
        foreach (var facts in BundledSplits.Of(BundledSplits.Tesla)) ledger.Add(facts);
        var history = ledger.History(BundledSplits.Tesla);

        Assert.Equal(15m, history.Factor(new DateOnly(2020, 2, 14)));
        Assert.Equal(3m, history.Factor(new DateOnly(2022, 8, 9)));
        Assert.Equal(1m, history.Factor(new DateOnly(2022, 11, 4)));
        Assert.Equal(299.906667m, Math.Round(history.AdjustPrice(899.72m, new DateOnly(2022, 8, 9)), 6));
        Assert.Single(history.Between(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)));
    }

    [Theory]
    [InlineData("5-for-1", 5, 1)]
    [InlineData("3:2", 3, 2)]
    [InlineData("1-for-10 reverse", 1, 10)]
    public void Ratio_ReadsTheUsualSpellings(string text, int n, int o)
    {
        Assert.True(SplitRatio.TryParse(text, out var ratio));
        Assert.Equal(new SplitRatio(n, o), ratio);
    }

    [Fact]
    public void Options_RejectAKnownSplitWithoutARatio()
    {
        var options = new SplitOptions { Known = [new KnownSplit { Ticker = "TSLA", Date = new DateOnly(2022, 8, 25), Ratio = "three" }] };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Splits:Known:0:Ratio", StringComparison.Ordinal));
    }

    private static IReadOnlyList<StockSplit> Infer(params InsiderBot.Filings.Form4Filing[] filings) =>
        SplitInference.Infer(77, filings.Select(SplitFacts.Of));

    private static void AssertSplit(StockSplit split, SplitRatio ratio, DateOnly realDate)
    {
        Assert.Equal(ratio, split.Ratio);
        Assert.True(split.After < realDate && realDate <= split.By, $"{split.Ratio}: ({split.After}, {split.By}] should hold {realDate}");
    }
}
