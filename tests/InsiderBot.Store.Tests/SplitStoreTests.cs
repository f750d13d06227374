using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Splits;
using InsiderBot.Store.Tests.Signals;
using InsiderBot.Testing;

namespace InsiderBot.Store.Tests;

public sealed class SplitStoreTests
{
    private static readonly DateOnly Tesla2020 = new(2020, 8, 31);
    private static readonly DateOnly Tesla2022 = new(2022, 8, 25);

    [Fact]
    public void The_bundled_filings_give_Teslas_two_splits_and_keep_the_unsure_ones_unapplied()
    {
        using var t = new TestStore();
        t.Seeder.EnsureSeeded();
        var tesla = t.Store.FindIssuer("TSLA")!.Cik;

        var applied = t.Store.SplitsFor(tesla).Splits;

        Assert.Collection(applied,
            s => Assert.True(s.Ratio == new SplitRatio(5, 1) && s.After < Tesla2020 && Tesla2020 <= s.By, $"{s.Ratio} ({s.After}, {s.By}]"),
            s => Assert.True(s.Ratio == new SplitRatio(3, 1) && s.After < Tesla2022 && Tesla2022 <= s.By, $"{s.Ratio} ({s.After}, {s.By}]"));
        Assert.Empty(t.Store.RecomputeSignals()); // the import deferred its signals and found the splits once, at the end
        var eb = t.Store.FindIssuer("EB")!.Cik;
        Assert.NotEmpty(t.Store.InferredSplits(eb));
        Assert.True(t.Store.SplitsFor(eb).IsEmpty);
    }

    [Fact]
    public void Filing_by_filing_the_stored_splits_stay_what_a_full_inference_over_the_stored_facts_finds_and_most_filings_skip_it()
    {
        using var t = new TestStore();
        var filings = SampleFilings.AllForm4Files()
            .Select(path => new FilingDocumentReader().Read(File.ReadAllBytes(path), path))
            .Where(o => o.IsParsed)
            .Select(o => o.Filing!)
            .OrderBy(f => f.FiledOn).ThenBy(f => f.Accession, StringComparer.Ordinal)
            .ToList();
        var (vouched, inferred) = (0, 0);

        foreach (var filing in filings)
        {
            var issuer = filing.Issuer.Cik;
            var watched = t.Database.SplitWatches.FindById(issuer) is not null;
            t.Store.IngestFilings([filing], deferSignals: true);
            // Still watched once the filing is stored: its splits stand without a full inference.
            if (watched && t.Database.SplitWatches.FindById(issuer) is not null) vouched++;
            else inferred++;
            t.Store.EvaluatePendingSignals();
            Assert.NotNull(t.Database.SplitWatches.FindById(issuer));
            Assert.Equal(SplitDescriptions.Of(SplitInference.Infer(issuer, SplitFactMonths.Of(t.Database, issuer))), SplitDescriptions.Of(t.Store.InferredSplits(issuer)));
        }

        var tesla = t.Store.FindIssuer("TSLA")!.Cik;
        Assert.Equal(2, t.Store.SplitsFor(tesla).Splits.Count);
        Assert.True(vouched > inferred, $"{vouched} filings vouched for by the watch, {inferred} inferred in full");
    }

    [Fact]
    public void A_split_watch_of_the_earlier_form_is_dropped_at_the_companys_next_filing_and_its_splits_inferred_again()
    {
        using var t = new TestStore();
        t.Seeder.EnsureSeeded();
        var tesla = t.Store.FindIssuer("TSLA")!.Cik;
        t.Database.SplitWatches.Upsert(new LiteDB.BsonDocument { ["_id"] = tesla, ["b"] = new byte[] { 0, 0, 0 } }); // each insider's latest day, each line's end
        t.Database.Splits.Delete(tesla); // so that only a new inference brings the splits back

        t.Store.IngestFilings([new FilingBuilder().Purchase(tesla, 1_999_001, new DateOnly(2025, 3, 3))], deferSignals: true);
        t.Store.EvaluatePendingSignals();

        Assert.Equal(2, t.Store.SplitsFor(tesla).Splits.Count);
        Assert.NotNull(SplitWatchDocuments.FromDocument(t.Database.SplitWatches.FindById(tesla)));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void A_price_after_a_reverse_split_is_taken_for_a_total_value_only_when_the_split_is_unknown(bool splitKnown, bool flagged)
    {
        // $1 before a 1-for-25 reverse split is $25 after it: more than 20 times the week's reported prices.
        var splitDay = new DateOnly(2024, 6, 10);
        var b = new FilingBuilder();
        Form4Filing[] before = [b.Purchase(77, 1, splitDay.AddDays(-3), price: 1.00m), b.Purchase(77, 2, splitDay.AddDays(-2), price: 1.02m), b.Purchase(77, 3, splitDay.AddDays(-1), price: 0.98m)];
        var split = new SplitOptions { Known = splitKnown ? [new KnownSplit { Ticker = "C77", Date = splitDay, Ratio = "1-for-25" }] : [] };
        using var t = new TestStore(splits: split);
        t.Store.IngestFilings(before);

        t.Store.IngestFilings([b.Purchase(77, 4, splitDay.AddDays(1), price: 25.50m)]);

        var after = Assert.Single(t.Store.TradesForIssuer(77, splitDay, splitDay.AddDays(7)));
        Assert.Equal(flagged, after.Classification.Flags.HasFlag(DataFlag.PriceLooksLikeTotal));
    }

    [Fact]
    public void A_split_a_later_filing_reveals_clears_the_total_value_flags_it_explains_as_if_it_had_been_known()
    {
        // Insider 1 holds 120,000 at about $1; a 1-for-25 reverse split on the 10th makes it 4,800 at about $25.
        var splitDay = new DateOnly(2024, 6, 10);
        var b = new FilingBuilder();
        Form4Filing[] before = [b.Sale(77, 1, splitDay.AddDays(-3), price: 1.00m, ownedAfter: 121_000), b.Sale(77, 1, splitDay.AddDays(-2), price: 1.02m, ownedAfter: 120_000), b.Purchase(77, 3, splitDay.AddDays(-1), price: 0.98m)];
        var postSplitBuy = b.Purchase(77, 2, splitDay.AddDays(2), price: 25.50m); // arrives first: $25.50 against a week of $1
        var revealing = b.Sale(77, 1, splitDay, shares: 40, price: 25.20m, ownedAfter: 4_760); // 4,800 before it: exactly 120,000 / 25

        using var late = new TestStore();
        late.Store.IngestFilings(before);
        late.Store.IngestFilings([postSplitBuy]);
        var flaggedFirst = Assert.Single(late.Store.TradesForIssuer(77, splitDay.AddDays(2), splitDay.AddDays(2)));
        late.Store.IngestFilings([revealing]);

        var split = Assert.Single(late.Store.SplitsFor(77).Splits);
        Assert.Equal(new SplitRatio(1, 25), split.Ratio);
        var afterSplit = late.Store.TradesForIssuer(77, splitDay, splitDay.AddDays(7));
        Assert.True(flaggedFirst.Classification.Flags.HasFlag(DataFlag.PriceLooksLikeTotal), "before the split is known, $25.50 reads as a total value");
        Assert.Equal(2, afterSplit.Count);
        Assert.All(afterSplit, t => Assert.Equal(DataFlag.None, t.Classification.Flags));

        // The same filings with the split configured from the start: the same flags, the same market days, the same signals.
        using var known = new TestStore(splits: new SplitOptions { Known = [new KnownSplit { Ticker = "C77", Date = splitDay, Ratio = "1-for-25" }] });
        known.Store.IngestFilings(before);
        known.Store.IngestFilings([postSplitBuy]);
        known.Store.IngestFilings([revealing]);
        Assert.Equal(Flags(known), Flags(late));
        Assert.Equal(MarketDays(known), MarketDays(late));
        Assert.Empty(late.Store.RecomputeSignals());

        static List<(string, DataFlag)> Flags(TestStore t) =>
            t.Store.AllTradesForIssuer(77).Select(x => (x.Id, x.Classification.Flags)).Order().ToList();
        static List<string> MarketDays(TestStore t) =>
            t.Database.MarketDays.FindAll().Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void A_split_configured_later_clears_the_total_value_flags_it_explains()
    {
        var splitDay = new DateOnly(2024, 6, 10);
        var b = new FilingBuilder();
        using var folder = new TempDirectory();
        var path = folder.File("store.db");
        using (var t = new TestStore(path: path))
        {
            t.Store.IngestFilings([b.Purchase(77, 1, splitDay.AddDays(-3), price: 1.00m), b.Purchase(77, 2, splitDay.AddDays(-2), price: 1.02m), b.Purchase(77, 3, splitDay.AddDays(-1), price: 0.98m)]);
            t.Store.IngestFilings([b.Purchase(77, 4, splitDay.AddDays(1), price: 25.50m)]);
            t.Store.EnsureSignals();
            Assert.True(Assert.Single(t.Store.TradesForIssuer(77, splitDay, splitDay.AddDays(7))).Classification.Flags.HasFlag(DataFlag.PriceLooksLikeTotal));
        }

        using var reopened = new TestStore(path: path, splits: new SplitOptions { Known = [new KnownSplit { Ticker = "C77", Date = splitDay, Ratio = "1-for-25" }] });
        reopened.Store.EnsureSignals();

        Assert.Equal(DataFlag.None, Assert.Single(reopened.Store.TradesForIssuer(77, splitDay, splitDay.AddDays(7))).Classification.Flags);
        Assert.Contains(reopened.Database.MarketDays.FindAll(), d => d["_id"].AsString == "4:77");
    }

    [Fact]
    public void A_store_written_before_splits_were_kept_is_upgraded_when_opened()
    {
        using var folder = new TempDirectory();
        var path = folder.File("store.db");
        using (var t = new TestStore(path: path))
        {
            t.Seeder.EnsureSeeded();
            t.Store.EnsureSignals();
            // As an older build left it: no split facts or splits, its own settings fingerprint, signals from reported prices.
            t.Database.SplitFacts.DeleteAll();
            t.Database.Splits.DeleteAll();
            t.Database.Meta.Delete(SplitRegister.BuiltKey);
            t.Database.SetMeta("signals-settings", new SignalOptions().DetectionFingerprint);
        }

        using var reopened = new TestStore(path: path);
        var tesla = reopened.Store.FindIssuer("TSLA")!.Cik;

        Assert.Equal("1", reopened.Database.GetMeta(SplitRegister.BuiltKey));
        Assert.True(reopened.Database.SplitFacts.FindAll().Sum(month => month["f"].AsArray.Count) > 400); // a filing's facts each
        // The stored transaction rows alone show the 2022 split (the 2020 one shows in holdings rows, not stored before).
        Assert.Contains(reopened.Store.SplitsFor(tesla).Splits, s => s.Ratio == new SplitRatio(3, 1) && s.After < Tesla2022 && Tesla2022 <= s.By);
        reopened.Store.EnsureSignals();
        Assert.Empty(reopened.Store.RecomputeSignals());
        Assert.EndsWith(new SplitOptions().Fingerprint, reopened.Database.GetMeta("signals-settings"), StringComparison.Ordinal);
    }
}
