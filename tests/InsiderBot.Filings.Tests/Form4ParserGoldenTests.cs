using InsiderBot.Filings;
using InsiderBot.Testing;

namespace InsiderBot.Filings.Tests;

/// <summary>Real SEC filings, asserted field by field.</summary>
public sealed class Form4ParserGoldenTests
{
    [Fact]
    public void Parse_OpenMarketPurchase_ReadsIssuerOwnerAndTrade()
    {
        var f = SampleFilings.Parse("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml");

        Assert.Equal("0001494730-19-000001", f.Accession);
        Assert.Equal("4", f.DocumentType);
        Assert.Equal("X0306", f.SchemaVersion);
        Assert.Equal(new DateOnly(2019, 5, 2), f.PeriodOfReport);
        Assert.Equal(new DateOnly(2019, 5, 6), f.FiledOn); // no EDGAR header: the signature date stands in
        Assert.Null(f.Aff10b5One); // no checkbox before 2023: unknown, not false
        Assert.Equal(new Issuer(1318605, "Tesla, Inc.", "TSLA"), f.Issuer);
        var owner = Assert.Single(f.Owners);
        Assert.Equal(1494730, owner.Cik);
        Assert.Equal("Musk Elon", owner.Name);
        Assert.True(owner.IsDirector && owner.IsOfficer && owner.IsTenPercentOwner);
        Assert.False(owner.IsOther);
        Assert.Equal("CEO", owner.OfficerTitle);

        var t = Assert.Single(f.Transactions);
        Assert.Equal(OwnershipTable.NonDerivative, t.Table);
        Assert.Equal("P", t.Code);
        Assert.Equal(new DateOnly(2019, 5, 2), t.Date);
        Assert.Equal(102880m, t.Shares);
        Assert.Equal(243.0m, t.PricePerShare);
        Assert.Equal('A', t.AcquiredDisposed);
        Assert.Equal(33927560m, t.SharesOwnedAfter);
        Assert.Equal('I', t.DirectOrIndirect);
        Assert.Equal("by Trust", t.NatureOfOwnership);
        Assert.Contains("Elon Musk Revocable Trust", f.FootnoteText(Assert.Single(t.Footnotes).Id));
    }

    [Fact]
    public void Parse_ExerciseAndSaleInOneFiling_KeepsEveryRowAndItsFootnotes()
    {
        var f = SampleFilings.Parse("TSLA_2021-11-08_0000899243-21-044060_MuskElon_M-S_dM.xml");

        var nonDerivative = f.Transactions.Where(t => t.Table == OwnershipTable.NonDerivative).ToList();
        Assert.True(nonDerivative.Count > 2, "a naive parser keeps only the first row");
        Assert.Equal(Enumerable.Range(0, nonDerivative.Count), nonDerivative.Select(t => t.Position));
        var exercise = nonDerivative[0];
        Assert.Equal(("M", 2154572m, 6.24m, 'A'), (exercise.Code, exercise.Shares!.Value, exercise.PricePerShare!.Value, exercise.AcquiredDisposed!.Value));
        Assert.Equal(["F1"], exercise.FootnotesOn("transactionCoding"));
        var sale = nonDerivative[1];
        Assert.Equal(("S", 1100m, 1135.05m, 'D', 2153472m), (sale.Code, sale.Shares!.Value, sale.PricePerShare!.Value, sale.AcquiredDisposed!.Value, sale.SharesOwnedAfter!.Value));
        Assert.Equal(["F2"], sale.FootnotesOn("transactionShares"));
        var derivative = Assert.Single(f.Transactions, t => t.Table == OwnershipTable.Derivative);
        Assert.Equal("M", derivative.Code);
        Assert.Contains("10B5-1", f.FootnoteText("F1"));
    }

    [Fact]
    public void Parse_PriceGivenOnlyAsFootnote_IsNullWithTheFootnoteKept()
    {
        var f = SampleFilings.Parse("AAPL_2019-08-24_noacc_COOKTIMOTHYD_M-F-S_dM.xml");

        Assert.StartsWith("sha256:", f.Accession); // no accession in the file name or content
        Assert.Equal(["M", "F", "S", "S", "S"], f.Transactions.Where(t => !t.IsDerivative).Select(t => t.Code));
        var vesting = f.Transactions[0];
        Assert.Null(vesting.PricePerShare);
        Assert.Equal(["F4"], vesting.FootnotesOn("transactionPricePerShare"));
        Assert.Equal(560000m, vesting.Shares);
        var withheld = f.Transactions[1];
        Assert.Equal(("F", 294840m, 202.64m), (withheld.Code, withheld.Shares!.Value, withheld.PricePerShare!.Value));
        Assert.Equal("Chief Executive Officer", f.Owners[0].OfficerTitle);
    }

    [Fact]
    public void Parse_TenB5OneCheckbox_IsReadAsYes()
    {
        var rum = SampleFilings.Parse("RUM_2024-04-04_0001062993-24-008173_SacksDavidO_S.xml");
        Assert.True(rum.Aff10b5One);
        Assert.Equal(9, rum.Transactions.Count);
        Assert.All(rum.Transactions, t => Assert.Equal(('S', 'I'), (t.Code[0], t.DirectOrIndirect)));
        Assert.Equal(new DateOnly(2024, 4, 8), rum.Transactions[^1].Date);

        var afrm = SampleFilings.Parse("AFRM_2024-04-01_0001628280-24-014731_RaboisKeith_S.xml");
        Assert.True(afrm.Aff10b5One);
        var gift = SampleFilings.Parse("MDB_2023-07-07_0001441816-23-000153_BOTHAROELOF_G.xml");
        Assert.False(gift.Aff10b5One);
    }

    [Fact]
    public void Parse_JointFilingWithSixOwners_StoresTheTradesOnceWithAllOwners()
    {
        var f = SampleFilings.Parse("GUTS_2024-02-06_0000950170-24-012830_MithrilLP_C-P_dC_6owners.xml");

        Assert.Equal(6, f.Owners.Count);
        Assert.Equal("Mithril LP", f.Owners[0].Name);
        Assert.Equal(1211060, f.Owners[^1].Cik);
        Assert.Equal(8, f.Transactions.Count); // 3 non-derivative + 5 derivative, not multiplied by owners
        var purchase = Assert.Single(f.Transactions, t => t.Code == "P");
        Assert.Equal((333333m, 15.00m, 1251900m, 'I'), (purchase.Shares!.Value, purchase.PricePerShare!.Value, purchase.SharesOwnedAfter!.Value, purchase.DirectOrIndirect));
        Assert.Null(f.Transactions[0].PricePerShare);
    }

    [Fact]
    public void Parse_GiftAndAward_ReadCodesAndZeroPrices()
    {
        var gift = SampleFilings.Parse("MDB_2023-07-07_0001441816-23-000153_BOTHAROELOF_G.xml");
        Assert.Equal(["G", "G"], gift.Transactions.Select(t => t.Code));
        Assert.Equal(['D', 'A'], gift.Transactions.Select(t => t.AcquiredDisposed!.Value));
        Assert.Equal(0m, gift.Transactions[0].PricePerShare);

        var award = SampleFilings.Parse("SQ_2024-07-01_0001628280-24-031146_BOTHAROELOF_A.xml");
        var grant = Assert.Single(award.Transactions);
        Assert.Equal(("A", 213m, 29764m), (grant.Code, grant.Shares!.Value, grant.SharesOwnedAfter!.Value));
        Assert.True(award.Holdings.Count >= 3);
    }

    [Fact]
    public void Parse_DatesWithUtcOffsetSuffix_AreRead()
    {
        var f = SampleFilings.Parse("AREC_2024-07-19-0500_noacc_GOLDENPROPERTIESLTD_P.xml");

        Assert.Equal(new DateOnly(2024, 7, 19), f.PeriodOfReport);
        var t = Assert.Single(f.Transactions);
        Assert.Equal(new DateOnly(2024, 7, 19), t.Date);
        Assert.Equal(("P", 800000m, 0.67m), (t.Code, t.Shares!.Value, t.PricePerShare!.Value));
        Assert.Empty(f.Warnings);
    }

    [Fact]
    public void Parse_WarrantExerciseWithTaxWithholding_ReadsDerivativeRows()
    {
        var f = SampleFilings.Parse("PLTR_2021-06-28_0000899243-21-026830_THIELPETER_dX-F.xml");

        Assert.Equal(["X", "X", "F"], f.Transactions.Select(t => t.Code));
        Assert.All(f.Transactions, t => Assert.Equal(OwnershipTable.Derivative, t.Table));
        Assert.Equal(23.5567m, f.Transactions[2].PricePerShare);
        Assert.Equal(1171643m, f.Transactions[2].Shares);
    }
}
