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
        Assert.True(reopened.Database.SplitFacts.Count() > 400);
        // The stored transaction rows alone show the 2022 split (the 2020 one shows in holdings rows, not stored before).
        Assert.Contains(reopened.Store.SplitsFor(tesla).Splits, s => s.Ratio == new SplitRatio(3, 1) && s.After < Tesla2022 && Tesla2022 <= s.By);
        reopened.Store.EnsureSignals();
        Assert.Empty(reopened.Store.RecomputeSignals());
        Assert.EndsWith(new SplitOptions().Fingerprint, reopened.Database.GetMeta("signals-settings"), StringComparison.Ordinal);
    }
}
