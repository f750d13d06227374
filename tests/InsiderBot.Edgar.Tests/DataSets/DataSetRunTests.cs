using InsiderBot.Edgar.DataSets;
using InsiderBot.Store;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Edgar.Tests.DataSets;

/// <summary>
/// A run of data sets evaluates the touched companies' signals once every four data sets and when it ends; the signals
/// are the ones a data set at a time gives, and the ones a full recompute gives.
/// </summary>
public sealed class DataSetRunTests : IDisposable
{
    private static readonly DateOnly Start = new(2024, 1, 1);
    private readonly TempDirectory folder = new();
    private readonly DirectorFilings filings = new("0009999999");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_run_evaluates_every_fourth_data_set_and_at_its_end_and_gives_the_signals_of_one_data_set_at_a_time()
    {
        var quarters = Quarters(seed: 18);
        Assert.Equal(5, quarters.Count);

        using var eachAlone = new TestStore();
        eachAlone.Store.EnsureSignals();
        foreach (var path in quarters)
        {
            Importer(eachAlone).Import(path);
            Assert.False(eachAlone.Store.HasPendingSignals);
        }

        using var asRun = new TestStore();
        asRun.Store.EnsureSignals();
        var run = Importer(asRun).StartRun();
        var pendingAfter = new List<bool>();
        foreach (var path in quarters)
        {
            Assert.Null(run.Import(path).Refused);
            pendingAfter.Add(asRun.Store.HasPendingSignals);
        }

        // Pending after each data set but every fourth, which evaluates what the run has touched so far.
        Assert.Equal(Enumerable.Range(1, quarters.Count).Select(n => n % DataSetRun.DataSetsPerEvaluation != 0), pendingAfter);
        Assert.Contains(false, pendingAfter);
        run.End();
        Assert.False(asRun.Store.HasPendingSignals);

        var expected = Snapshot(eachAlone.Store);
        Assert.True(expected.Count >= 10, $"only {expected.Count} signals: the history should span quarters with clusters");
        Assert.Equal(expected, Snapshot(asRun.Store));
        Assert.Empty(asRun.Store.RecomputeSignals());
    }

    [Fact]
    public void A_run_stopped_before_its_end_leaves_the_companies_pending_for_the_next_evaluation()
    {
        var quarters = Quarters(seed: 19);
        using var t = new TestStore();
        t.Store.EnsureSignals();
        var run = Importer(t).StartRun();
        foreach (var path in quarters.Take(2)) run.Import(path);

        Assert.True(t.Store.HasPendingSignals);
        t.Store.EnsureSignals(); // what the bot's next command asks first
        Assert.False(t.Store.HasPendingSignals);
        Assert.Empty(t.Store.RecomputeSignals());
        Assert.NotEmpty(t.Store.AllSignals());
    }

    // Every third insider is the chief executive, so the C-suite tests have sellers.
    private static string Title(long insider) => insider % 3 == 0 ? "Chief Executive Officer" : "";

    private static DataSetImporter Importer(TestStore t) => new(t.Store, t.Time, NullLogger<DataSetImporter>.Instance);

    private static List<string> Snapshot(InsiderStore store) =>
        store.AllSignals().Select(s => s.Id + "|" + s.Fingerprint).Order(StringComparer.Ordinal).ToList();

    // Fifteen months of purchases and sales at a few companies, written as one data set per quarter filed in: clusters
    // and quiet periods run across the quarters' edges.
    private List<string> Quarters(int seed)
    {
        var random = new Random(seed);
        var written = Enumerable.Range(0, 500).Select(_ =>
        {
            var issuer = 10 + random.Next(4);
            var insider = 100 + random.Next(8);
            var date = Start.AddDays(random.Next(0, 450));
            var price = 5m + random.Next(200);
            var shares = random.Next(1, 40) * 1_000m;
            return random.Next(2) == 0
                ? filings.Trade(issuer, insider, date, "P", 'A', shares, price, shares * 4, Title(insider))
                : filings.Trade(issuer, insider, date, "S", 'D', shares, price, random.Next(0, 50) * 1_000m, Title(insider));
        }).ToList();
        return written.GroupBy(f => (f.FiledOn!.Value.Year, Quarter: (f.FiledOn.Value.Month + 2) / 3)).OrderBy(g => g.Key).Select(g =>
        {
            var path = Path.Combine(folder.Path, $"set{g.Key.Year}-{g.Key.Quarter}");
            DataSetWriter.Write(path, g.ToList());
            return path;
        }).ToList();
    }
}
