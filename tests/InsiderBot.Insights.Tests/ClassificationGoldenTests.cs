using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Testing;

namespace InsiderBot.Insights.Tests;

/// <summary>The classification of every transaction in real filings, read the way an analyst reads them.</summary>
public sealed class ClassificationGoldenTests
{
    private readonly TransactionClassifier classifier = new();

    private IReadOnlyList<ClassifiedTransaction> Classify(string file) =>
        classifier.Classify(SampleFilings.Parse(file), ClassificationContext.FilingOnly);

    [Fact]
    public void OpenMarketPurchaseByTheCeo_IsTheCleanSignalWithValueAndPositionChange()
    {
        var c = Assert.Single(Classify("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml")).Classification;

        Assert.Equal(TradeNature.OpenMarketPurchase, c.Nature);
        Assert.True(c.IsDiscretionary);
        Assert.Equal(PlanStatus.Unknown, c.Plan.Status); // 2019: no checkbox, no footnote
        Assert.Equal(InsiderRole.Ceo | InsiderRole.Director | InsiderRole.TenPercentOwner, c.Roles);
        Assert.Equal(102880m * 243.0m, c.Value);
        Assert.Equal(Math.Round(102880m / (33927560m - 102880m), 6), c.PositionChange);
        Assert.Equal(DataFlag.None, c.Flags);
        Assert.Equal("Open-market purchase — the clean bullish signal", TradeReading.For(c, "P"));
    }

    [Fact]
    public void ExerciseThenPlanSales_AreMechanicalWithTheAdoptionDateFromTheFootnote()
    {
        var rows = Classify("TSLA_2021-11-08_0000899243-21-044060_MuskElon_M-S_dM.xml");

        Assert.All(rows.Where(r => r.Transaction.Code == "M"), r => Assert.Equal(TradeNature.Exercise, r.Classification.Nature));
        var sales = rows.Where(r => r.Transaction.Code == "S").ToList();
        Assert.NotEmpty(sales);
        Assert.All(sales, r =>
        {
            Assert.Equal(TradeNature.PlannedSale, r.Classification.Nature);
            Assert.Equal(new PlanEvidence(PlanStatus.Yes, new DateOnly(2021, 9, 14), "footnote F1"), r.Classification.Plan);
            Assert.False(r.Classification.IsDiscretionary);
        });
        Assert.Equal("Sale under a 10b5-1 plan adopted 2021-09-14 — pre-scheduled, carries no current view", TradeReading.For(sales[0].Classification, "S"));
    }

    [Fact]
    public void VestingWithholdingAndPlanSales_ByTheCeo()
    {
        var rows = Classify("AAPL_2019-08-24_noacc_COOKTIMOTHYD_M-F-S_dM.xml");

        Assert.Equal(
            [TradeNature.Exercise, TradeNature.TaxWithholding, TradeNature.PlannedSale, TradeNature.PlannedSale, TradeNature.PlannedSale, TradeNature.Exercise],
            rows.Select(r => r.Classification.Nature));
        Assert.Null(rows[0].Classification.Value); // price only in a footnote: unknown, not zero
        Assert.Equal(new DateOnly(2019, 2, 26), rows[2].Classification.Plan.AdoptedOn);
        Assert.True(rows[0].Classification.Roles.HasFlag(InsiderRole.Ceo));
        Assert.Equal("Shares withheld for taxes on vesting — automatic", TradeReading.For(rows[1].Classification, "F"));
    }

    [Fact]
    public void CheckboxAndFootnote_BothMarkThePlan()
    {
        var rows = Classify("AFRM_2024-04-01_0001628280-24-014731_RaboisKeith_S.xml");

        Assert.All(rows, r => Assert.Equal(new PlanEvidence(PlanStatus.Yes, new DateOnly(2023, 12, 14), "the 10b5-1 checkbox and footnote F1"), r.Classification.Plan));
        Assert.All(rows, r => Assert.Equal(TradeNature.PlannedSale, r.Classification.Nature));
    }

    [Fact]
    public void FundSalesUnderPlans_ReadThePluralPlansFootnote()
    {
        var rows = Classify("RUM_2024-04-04_0001062993-24-008173_SacksDavidO_S.xml");

        Assert.Equal(9, rows.Count);
        Assert.All(rows, r => Assert.Equal((TradeNature.PlannedSale, new DateOnly(2023, 12, 15)), (r.Classification.Nature, r.Classification.Plan.AdoptedOn!.Value)));
    }

    [Fact]
    public void JointFilingPurchaseByATenPercentOwner_IsAnOpenMarketPurchaseWithThePlanCheckboxNo()
    {
        var rows = Classify("GUTS_2024-02-06_0000950170-24-012830_MithrilLP_C-P_dC_6owners.xml");

        var purchase = Assert.Single(rows, r => r.Transaction.Code == "P").Classification;
        Assert.Equal(TradeNature.OpenMarketPurchase, purchase.Nature);
        Assert.Equal(PlanStatus.No, purchase.Plan.Status);
        Assert.True(purchase.Roles.HasFlag(InsiderRole.TenPercentOwner));
        Assert.Equal(5_000_000m - 5m, purchase.Value);
        Assert.All(rows.Where(r => r.Transaction.Code == "C"), r => Assert.Equal(TradeNature.Exercise, r.Classification.Nature));
    }

    [Fact]
    public void GiftsAwardsAndWarrantExercises_AreMechanical()
    {
        Assert.All(Classify("MDB_2023-07-07_0001441816-23-000153_BOTHAROELOF_G.xml"), r => Assert.Equal(TradeNature.Gift, r.Classification.Nature));
        var award = Assert.Single(Classify("SQ_2024-07-01_0001628280-24-031146_BOTHAROELOF_A.xml")).Classification;
        Assert.Equal((TradeNature.Award, 0m), (award.Nature, award.Value!.Value));
        var pltr = Classify("PLTR_2021-06-28_0000899243-21-026830_THIELPETER_dX-F.xml");
        Assert.Equal([TradeNature.Exercise, TradeNature.Exercise, TradeNature.TaxWithholding], pltr.Select(r => r.Classification.Nature));
        Assert.Equal(PlanStatus.Yes, pltr[0].Classification.Plan.Status); // "a preexisting Rule 10b5-1 plan adopted by the holder"
    }

    [Fact]
    public void LargeDiscretionaryCeoSale_IsWorthALook()
    {
        var rows = Classify("TSLA_2022-12-12_0000899243-22-038522_MuskElon_S.xml");

        Assert.All(rows, r => Assert.Equal(TradeNature.DiscretionarySale, r.Classification.Nature));
        var biggest = rows.MaxBy(r => r.Classification.Value)!.Classification;
        Assert.True(biggest.Value >= 1_000_000m);
        Assert.StartsWith("Discretionary sale by the CEO", TradeReading.For(biggest, "S"));
        Assert.EndsWith("worth a look (plan status not reported)", TradeReading.For(biggest, "S"));
    }

    [Fact]
    public void ChiefLegalOfficerTitleWithAnEntity_IsGeneralCounsel()
    {
        var filing = SampleFilings.Parse("ARW_0001127602-25-004598.nc");
        var rows = classifier.Classify(filing, ClassificationContext.FilingOnly);

        Assert.Equal(InsiderRole.GeneralCounsel, rows[0].Classification.Roles);
        Assert.Equal([TradeNature.Award, TradeNature.TaxWithholding], rows.Select(r => r.Classification.Nature));
    }

    [Fact]
    public void EveryBundledFiling_ClassifiesEveryRow()
    {
        foreach (var path in SampleFilings.AllForm4Files())
        {
            var filing = new FilingDocumentReader().Read(File.ReadAllBytes(path), path).Filing!;
            var rows = classifier.Classify(filing, ClassificationContext.FilingOnly);
            Assert.Equal(filing.Transactions.Count, rows.Count);
            Assert.All(rows.Where(r => r.Transaction.Code == "P"), r => Assert.True(r.Classification.IsPurchase, path));
            Assert.All(rows.Where(r => r.Transaction.Code == "S"), r => Assert.True(r.Classification.IsSale, path));
        }
    }
}
