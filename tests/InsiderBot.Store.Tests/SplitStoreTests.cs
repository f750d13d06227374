using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Splits;
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
        var eb = t.Store.FindIssuer("EB")!.Cik;
        Assert.NotEmpty(t.Store.InferredSplits(eb));
        Assert.True(t.Store.SplitsFor(eb).IsEmpty);
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
