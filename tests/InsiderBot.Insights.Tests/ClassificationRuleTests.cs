using InsiderBot.Insights;

namespace InsiderBot.Insights.Tests;

public sealed class ClassificationRuleTests
{
    private readonly TransactionClassifier classifier = new();

    private TransactionClassification Only(FilingBuilder builder, ClassificationContext? context = null) =>
        classifier.Classify(builder.Build(), context ?? ClassificationContext.FilingOnly).Single().Classification;

    [Theory]
    [InlineData("Sales were made pursuant to a Rule 10b5-1 trading plan.")]
    [InlineData("effected pursuant to a 10b-5-1 plan")]
    [InlineData("under a Rule 10b5–1 plan (en dash)")]
    [InlineData("pursuant to Rule 10b5-1(c) of the Exchange Act")]
    [InlineData("THE SALE WAS MADE UNDER A RULE 10B5-1 TRADING PLAN")]
    [InlineData("sold under a trading plan adopted by the reporting person")]
    public void Sale_FootnoteNamingAPlan_IsAPlannedSale(string footnote)
    {
        var c = Only(new FilingBuilder().Footnote("F1", footnote).Trade("S", 100, 10, 900, footnoteIds: "F1"));

        Assert.Equal((TradeNature.PlannedSale, PlanStatus.Yes, "footnote F1"), (c.Nature, c.Plan.Status, c.Plan.Basis));
    }

    [Theory]
    [InlineData("The reporting person is subject to Rule 10b-5 liability.")]
    [InlineData("This sale was not made pursuant to a Rule 10b5-1 trading plan.")]
    [InlineData("Weighted average price between $10.00 and $10.50.")]
    public void Sale_FootnoteWithoutAPlan_IsDiscretionary(string footnote)
    {
        var c = Only(new FilingBuilder().Footnote("F1", footnote).Trade("S", 100, 10, 900, footnoteIds: "F1"));

        Assert.Equal((TradeNature.DiscretionarySale, PlanStatus.Unknown), (c.Nature, c.Plan.Status));
    }

    [Fact]
    public void Sale_PlanStatedInTheRemarks_CoversTheWholeFiling()
    {
        var c = Only(new FilingBuilder().Remarks("All sales on this form were made under a Rule 10b5-1 plan adopted on March 1, 2024.").Trade("S", 100, 10, 900));

        Assert.Equal(new PlanEvidence(PlanStatus.Yes, new DateOnly(2024, 3, 1), "the remarks"), c.Plan);
    }

    [Theory]
    [InlineData(true, PlanStatus.Yes, TradeNature.PlannedSale)]
    [InlineData(false, PlanStatus.No, TradeNature.DiscretionarySale)]
    [InlineData(null, PlanStatus.Unknown, TradeNature.DiscretionarySale)]
    public void Sale_Checkbox_DecidesThePlanWhenNoFootnoteDoes(bool? checkbox, PlanStatus status, TradeNature nature)
    {
        var c = Only(new FilingBuilder().Checkbox(checkbox).Trade("S", 100, 10, 900));

        Assert.Equal((status, nature), (c.Plan.Status, c.Nature));
    }

    [Fact]
    public void Sale_SameDayAsAnExerciseInTheFiling_IsAnExerciseSale()
    {
        var rows = classifier.Classify(new FilingBuilder().Trade("M", 100, 5, 1100).Trade("S", 100, 50, 1000).Build(), ClassificationContext.FilingOnly);

        Assert.Equal([TradeNature.Exercise, TradeNature.ExerciseSale], rows.Select(r => r.Classification.Nature));
        Assert.Equal("Sale of shares from a same-day option exercise — mechanical", TradeReading.For(rows[1].Classification, "S"));
    }

    [Fact]
    public void Sale_SameDayAsAnExerciseInAnotherFiling_IsAnExerciseSale()
    {
        var context = new ClassificationContext((insider, day) => insider == 1001 && day == new DateOnly(2024, 3, 1), _ => null);

        Assert.Equal(TradeNature.ExerciseSale, Only(new FilingBuilder().Trade("S", 100, 50, 1000), context).Nature);
        Assert.Equal(TradeNature.DiscretionarySale, Only(new FilingBuilder().Trade("S", 100, 50, 1000, new DateOnly(2024, 3, 2)), context).Nature);
    }

    [Fact]
    public void Sale_FootnoteTyingItToTaxesOnVesting_IsATaxSale()
    {
        var c = Only(new FilingBuilder()
            .Footnote("F1", "Represents shares sold to cover tax withholding obligations in connection with the vesting of restricted stock units.")
            .Trade("S", 100, 50, 1000, footnoteIds: "F1"));

        Assert.Equal(TradeNature.TaxSale, c.Nature);
        Assert.True(c.IsMechanicalSale);
    }

    [Theory]
    [InlineData("CEO & President", InsiderRole.Ceo | InsiderRole.President)]
    [InlineData("EVP, CFO", InsiderRole.Cfo)]
    [InlineData("Chief Executive Officer and Director", InsiderRole.Ceo)]
    [InlineData("Chief Operating Officer", InsiderRole.Coo)]
    [InlineData("Executive Vice President", InsiderRole.OtherOfficer)]
    [InlineData("Senior Vice-President, Sales", InsiderRole.OtherOfficer)]
    [InlineData("Executive Chairman", InsiderRole.Chair)]
    [InlineData("Vice Chairman", InsiderRole.OtherOfficer)]
    [InlineData("General Counsel and Secretary", InsiderRole.GeneralCounsel)]
    public void Role_FromTheOfficerTitle(string title, InsiderRole expected) =>
        Assert.Equal(expected, Only(new FilingBuilder().By(title).Trade("P", 1, 1, 2)).Roles);

    [Fact]
    public void Role_SeeRemarks_ReadsTheRemarks()
    {
        var c = Only(new FilingBuilder().By("See Remarks").Remarks("Chief Financial Officer and Treasurer").Trade("P", 1, 1, 2));

        Assert.Equal(InsiderRole.Cfo, c.Roles);
    }

    [Fact]
    public void Role_DirectorAndTenPercentFlags_WithoutATitle()
    {
        var c = Only(new FilingBuilder().By("", director: true, tenPercent: true).Trade("P", 1, 1, 2));

        Assert.Equal(InsiderRole.Director | InsiderRole.TenPercentOwner, c.Roles);
    }

    [Theory]
    [InlineData(340, 660, 0.34)]
    [InlineData(910, 90, 0.91)]
    [InlineData(1000, 0, 1.0)]
    public void PositionChange_OfASale_IsTheShareOfThePreTradePosition(int sold, int after, double expected) =>
        Assert.Equal((decimal)expected, Only(new FilingBuilder().Trade("S", sold, 10, after)).PositionChange);

    [Fact]
    public void PositionChange_OfANewPosition_IsUnknown()
    {
        Assert.Null(Only(new FilingBuilder().Trade("P", 100, 10, 100)).PositionChange);
        Assert.NotNull(Only(new FilingBuilder().Trade("P", 100, 10, 200)).PositionChange); // the same buy adding to 100 shares held
    }

    [Fact]
    public void Value_WithoutAPrice_IsUnknownNotZero()
    {
        Assert.Null(Only(new FilingBuilder().Trade("S", 100, null, 900)).Value);
        Assert.Equal(1_000m, Only(new FilingBuilder().Trade("S", 100, 10, 900)).Value); // the same sale with its price
    }

    [Fact]
    public void BadData_DateAfterFilingBefore1990AndNegativeShares_AreFlagged()
    {
        Assert.Equal(DataFlag.DateAfterFiling, Only(new FilingBuilder().Trade("P", 100, 10, 200, new DateOnly(2035, 3, 1))).Flags);
        Assert.Equal(DataFlag.DateBefore1990, Only(new FilingBuilder().Trade("P", 100, 10, 200, new DateOnly(1985, 3, 1))).Flags);
        Assert.Equal(DataFlag.AbsurdShares, Only(new FilingBuilder().Trade("P", -100, 10, 200)).Flags);
    }

    [Fact]
    public void BadData_PriceThatIsPlainlyATotalValue_IsFlaggedAndLeftOutOfSignals()
    {
        var context = new ClassificationContext((_, _) => false, _ => 25m);

        var total = Only(new FilingBuilder().Trade("P", 1000, 25_000m, 2000), context);
        var normal = Only(new FilingBuilder().Trade("P", 1000, 26m, 2000), context);

        Assert.Equal(DataFlag.PriceLooksLikeTotal, total.Flags);
        Assert.Contains("flagged: price looks like a total value; left out of signals", TradeReading.For(total, "P"));
        Assert.Equal(DataFlag.None, normal.Flags);
    }

    [Theory]
    [InlineData(999_999, "weak on its own")]
    [InlineData(1_000_000, "worth a look")]
    public void Reading_DiscretionaryCfoSale_IsWorthALookFromOneMillionDollars(int value, string expected)
    {
        var c = Only(new FilingBuilder().Checkbox(false).Trade("S", value, 1, 100_000_000));

        Assert.Contains(expected, TradeReading.For(c, "S"));
    }

    [Theory]
    [InlineData(19, "weak on its own")]
    [InlineData(20, "Discretionary sale by the CFO, 20% of the position — worth a look")]
    public void Reading_DiscretionaryCfoSale_IsWorthALookFromTwentyPercentOfThePosition(int sold, string expected)
    {
        var c = Only(new FilingBuilder().Checkbox(false).Trade("S", sold, 1, 100 - sold));

        Assert.Contains(expected, TradeReading.For(c, "S"));
    }
}
