using InsiderBot.Insights.Signals;
using InsiderBot.Testing;

namespace InsiderBot.Store.Tests.Signals;

public sealed class SignalSettingsChangeTests
{
    private static readonly DateOnly Day0 = new(2026, 10, 5);
    private readonly FilingBuilder f = new();

    [Fact]
    public void Signals_computed_under_other_settings_are_recomputed_once_and_unchanged_settings_recompute_nothing()
    {
        using var folder = new TempDirectory();
        var path = folder.File("store.db");
        using (var t = new TestStore(path: path))
        {
            t.Store.EnsureSignals(); // an empty store: computed, under the defaults
            t.Store.IngestFilings([f.Purchase(7, 1, Day0), f.Purchase(7, 2, Day0.AddDays(2)), f.Purchase(7, 3, Day0.AddDays(4))]);
            Assert.Single(t.Store.AllSignals(), s => s.Kind == SignalKind.ClusterBuying);
        }

        using (var same = new TestStore(path: path))
        {
            same.Store.EnsureSignals();
            Assert.Single(same.Store.AllSignals(), s => s.Kind == SignalKind.ClusterBuying);
        }

        using (var stricter = new TestStore(path: path, signals: new SignalOptions { ClusterMinInsiders = 4 }))
        {
            Assert.Single(stricter.Store.AllSignals(), s => s.Kind == SignalKind.ClusterBuying); // stored under the old settings
            stricter.Store.EnsureSignals();
            Assert.DoesNotContain(stricter.Store.AllSignals(), s => s.Kind == SignalKind.ClusterBuying);
            stricter.Store.IngestFilings([f.Purchase(7, 4, Day0.AddDays(6))]);
            Assert.Single(stricter.Store.AllSignals(), s => s.Kind == SignalKind.ClusterBuying);
        }
    }
}
