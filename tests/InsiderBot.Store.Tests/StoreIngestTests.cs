using System.Text;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Store;
using InsiderBot.Testing;

namespace InsiderBot.Store.Tests;

public sealed class StoreIngestTests : IDisposable
{
    private readonly TestStore store = new();

    public void Dispose() => store.Dispose();

    private static Form4Filing Filing(string xml, string source = "synthetic.xml", FilingOrigin? origin = null)
    {
        var outcome = new Form4Parser().Parse(Encoding.UTF8.GetBytes(xml), origin ?? new FilingOrigin(source));
        Assert.True(outcome.IsParsed, outcome.Reason);
        return outcome.Filing!;
    }

    [Fact]
    public void Ingest_SameFilingTwice_StoresItOnce()
    {
        var path = RepoPaths.Form4("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml");

        Assert.Equal(IngestResult.Stored, store.Ingest(path));
        Assert.Equal(IngestResult.Duplicate, store.Ingest(path));

        var stats = store.Store.Statistics();
        Assert.Equal((1, 1), (stats.Filings, stats.Trades));
    }

    [Fact]
    public void TradesForIssuer_ReturnsTheWindowNewestFirst()
    {
        store.Importer.Import([Path.Combine(RepoPaths.SampleData, "form4")]);
        var tesla = store.Store.FindIssuer("tsla")!;

        var trades = store.Store.TradesForIssuer(tesla.Cik, new DateOnly(2021, 11, 8), new DateOnly(2021, 11, 12));

        Assert.NotEmpty(trades);
        Assert.All(trades, t => Assert.InRange(t.Date, new DateOnly(2021, 11, 8), new DateOnly(2021, 11, 12)));
        Assert.All(trades, t => Assert.Equal(1318605, t.IssuerCik));
        Assert.Equal(trades.OrderByDescending(t => t.Date).Select(t => t.Date), trades.Select(t => t.Date));
        Assert.Equal(new DateOnly(2023, 3, 8), tesla.LatestActivity);
    }

    [Fact]
    public void JointFiling_IsStoredOnceWithEveryOwner()
    {
        store.Ingest(RepoPaths.Form4("GUTS_2024-02-06_0000950170-24-012830_MithrilLP_C-P_dC_6owners.xml"));

        var trades = store.Store.TradesForIssuer(1572616, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

        Assert.Equal(8, trades.Count);
        var purchase = Assert.Single(trades, t => t.Code == "P");
        Assert.Equal(6, purchase.OwnerNames.Count);
        Assert.Equal(1552273, purchase.InsiderCik); // the filer stands for the group
        Assert.Equal(1, ActivitySummary.Of(trades).Buyers); // joint filers count as one insider
    }

    [Fact]
    public void ExerciseFiledSeparately_MakesTheSameDaySaleMechanical_InEitherOrder()
    {
        var sale = Filing(CeoForm4(accessionFree: "sale", code: "S", ad: "D"), origin: new FilingOrigin("s.xml", "0000000001-24-000010"));
        var exercise = Filing(CeoForm4(accessionFree: "exercise", code: "M", ad: "A"), origin: new FilingOrigin("m.xml", "0000000001-24-000011"));

        store.Store.Ingest(sale);
        Assert.Equal(TradeNature.DiscretionarySale, store.Store.TradesOfFiling(sale.Accession).Single().Classification.Nature);
        store.Store.Ingest(exercise);
        Assert.Equal(TradeNature.ExerciseSale, store.Store.TradesOfFiling(sale.Accession).Single().Classification.Nature);

        using var other = new TestStore();
        other.Store.Ingest(exercise);
        other.Store.Ingest(sale);
        Assert.Equal(TradeNature.ExerciseSale, other.Store.TradesOfFiling(sale.Accession).Single().Classification.Nature);
    }

    [Fact]
    public void Amendment_ReplacesTheOriginal_WhicheverArrivesFirst()
    {
        var original = Filing(CeoForm4(code: "S", shares: "1000"), origin: new FilingOrigin("o.xml", "0000000001-24-000020", new DateOnly(2024, 3, 4)));
        var amendment = Filing(CeoForm4(code: "S", shares: "1500", documentType: "4/A", originalDate: "2024-03-04"), origin: new FilingOrigin("a.xml", "0000000001-24-000021", new DateOnly(2024, 3, 9)));

        foreach (var order in new[] { new[] { original, amendment }, [amendment, original] })
        {
            using var s = new TestStore();
            foreach (var f in order) s.Store.Ingest(f);

            var trades = s.Store.TradesForIssuer(320193, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
            var only = Assert.Single(trades);
            Assert.Equal((amendment.Accession, 1500m), (only.Accession, only.Shares!.Value));
        }
    }

    [Fact]
    public void Amendment_WithoutItsOriginal_StandsOnItsOwn()
    {
        var amendment = Filing(CeoForm4(code: "P", documentType: "4/A", originalDate: "2024-03-04"), origin: new FilingOrigin("a.xml", "0000000001-24-000031", new DateOnly(2024, 3, 9)));

        store.Store.Ingest(amendment);

        Assert.Single(store.Store.TradesForIssuer(320193, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)));
    }

    [Fact]
    public void Tickers_ResolveFromFilingsAndTheSecMap_AndSuggestCloseMatches()
    {
        store.Importer.Import([RepoPaths.Form4("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml")]);
        using (var map = File.OpenRead(Path.Combine(RepoPaths.SampleData, "tickers", "company_tickers.json")))
            store.Store.ImportTickerMap(CompanyTickers.Read(map));

        Assert.Equal(1318605, store.Store.FindIssuer("TSLA")!.Cik);
        var apple = store.Store.FindIssuer("AAPL")!;
        Assert.Equal((320193L, 0), (apple.Cik, apple.TradeCount)); // known from the SEC map, no trades stored
        Assert.Equal(store.Store.FindIssuer("BRK-B")!.Cik, store.Store.FindIssuer("brk.b")!.Cik);
        Assert.Null(store.Store.FindIssuer("TSLQX"));
        Assert.Equal("TSLA", store.Store.SuggestIssuers("TSLL")[0].Ticker); // the one with stored activity first
    }

    [Fact]
    public void FindIssuer_RemembersATicker_UntilAFilingOrTheTickerMapChangesIt()
    {
        var before = store.Store.FindIssuer("TSLA");
        Assert.Null(before); // an unknown answer is remembered too, and must not outlive the filing that makes it known
        store.Ingest(RepoPaths.Form4("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml"));

        var first = store.Store.FindIssuer("TSLA")!;
        Assert.Same(first, store.Store.FindIssuer("tsla")); // remembered: no store read
        store.Importer.Import([Path.Combine(RepoPaths.SampleData, "form4")]);

        var later = store.Store.FindIssuer("TSLA")!;
        Assert.True(later.TradeCount > first.TradeCount, $"{later.TradeCount} trades after the import, {first.TradeCount} before");
        Assert.Equal(new DateOnly(2023, 3, 8), later.LatestActivity);
        Assert.Null(store.Store.FindIssuer("BRK-B"));
        using (var map = File.OpenRead(Path.Combine(RepoPaths.SampleData, "tickers", "company_tickers.json")))
            store.Store.ImportTickerMap(CompanyTickers.Read(map));
        Assert.NotNull(store.Store.FindIssuer("BRK-B"));
    }

    [Fact]
    public void Quarantine_KeepsTheSourceAndReason()
    {
        var bad = Path.Combine(store.Folder, "broken.xml");
        File.WriteAllText(bad, "<ownershipDocument><issuer>");

        var summary = store.Importer.Import([bad, RepoPaths.Form4("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml")]);

        Assert.Equal(1, summary.FilingsImported);
        var entry = Assert.Single(store.Store.QuarantineEntries());
        Assert.Equal(bad, entry.Source);
        Assert.Contains("malformed XML", entry.Reason);
    }

    /// <summary>A one-row filing by Apple's CEO (an officer only) with no plan box, footnotes or signature.</summary>
    private static string CeoForm4(string code = "S", string shares = "1000", string ad = "D", string documentType = "4", string? originalDate = null, string accessionFree = "") =>
        Form4Document.Document(
            documentType,
            originalDate: originalDate,
            owners: Form4Document.Owner(director: false, officerTitle: "CEO"),
            aff10b5One: null,
            transactions: Form4Document.Transaction(code, shares, "<value>180</value>", ad, "50000", security: $"Common Stock {accessionFree}", fullCoding: false),
            footnotes: "",
            signature: "");
}
