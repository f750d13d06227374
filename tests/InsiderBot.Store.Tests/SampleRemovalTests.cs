using InsiderBot.Insights;
using InsiderBot.Testing;
using LiteDB;

namespace InsiderBot.Store.Tests;

/// <summary>
/// Removing the bundled sample from a store that was seeded with it and then gathered other filings leaves exactly
/// the store those other filings make alone: every collection, row for row (differential).
/// </summary>
public sealed class SampleRemovalTests : IDisposable
{
    private static readonly string[] Compared =
        ["trades", "filings", "issuers", "insiders", "symbols", "market_days", "signals", "split_months", "splits", "pending", "outbox", "coverage", "quarantine"];

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void RemoveSample_TakesTheDemo13FReportsAndTheirFilersOut_AndLeavesOtherManagersHoldings()
    {
        using var seeded = new TestStore(sampleHoldings: true);
        seeded.Seeder.EnsureSeeded();
        var demo = seeded.Holdings.DemoManagers();
        Assert.Equal(3, demo.Count);
        Assert.All(demo, m => Assert.NotEmpty(seeded.Holdings.LatestQuarters(m.Cik, 2)));
        var quarters = seeded.Database.Database.GetCollection("holdings13f");
        quarters.Insert(new BsonDocument { ["_id"] = "1067983:20000", ["m"] = 1067983L, ["p"] = 20000 }); // a tracked manager's quarter

        seeded.Seeder.RemoveSample();

        Assert.Empty(seeded.Holdings.DemoManagers());
        Assert.All(demo, m => Assert.Empty(quarters.Find(Query.EQ("m", m.Cik))));
        Assert.NotNull(quarters.FindById("1067983:20000"));
    }

    [Fact]
    public void RemoveSample_LeavesTheStoreTheOtherFilingsMakeAlone()
    {
        var others = SampleNeighbours.Write(temp.File("others"));
        using var alone = new TestStore();
        alone.Importer.Import([others]);
        using var seeded = new TestStore();
        var seededFilings = seeded.Seeder.EnsureSeeded()!.FilingsImported;
        seeded.Importer.Import([others]);
        Assert.True(seeded.Store.HoldsSample);
        var thielsDay = new DateOnly(2022, 5, 15);
        // Read as the exercise's sales while the sample's exercise that day is there; alone, one is a sell-to-cover.
        Assert.Equal([TradeNature.ExerciseSale, TradeNature.ExerciseSale], SalesOn(seeded, thielsDay));
        Assert.Equal([TradeNature.DiscretionarySale, TradeNature.TaxSale], SalesOn(alone, thielsDay));

        var removed = seeded.Seeder.RemoveSample();

        Assert.True(removed.Held);
        Assert.Equal(seededFilings, removed.Filings);
        Assert.False(seeded.Store.HoldsSample);
        AssertSameRows(alone.Database, seeded.Database);
        Assert.Equal(alone.Store.Statistics(), seeded.Store.Statistics());
        Assert.Null(seeded.Seeder.EnsureSeeded());
        Assert.False(seeded.Seeder.RemoveSample().Held);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(9)]
    public void RemoveSample_KilledPartWay_FinishesOnTheRerun_WithNothingElseLost(int killedAtTransaction)
    {
        var others = SampleNeighbours.Write(temp.File("others"));
        using var alone = new TestStore();
        alone.Importer.Import([others]);
        var path = temp.File("seeded.db");
        using (var seeded = new TestStore(path: path))
        {
            seeded.Seeder.EnsureSeeded();
            seeded.Importer.Import([others]);

            // Plan, then delete until the kill: the transaction under way is lost, those before it are kept.
            var removal = new SampleRemoval(seeded.Database, seeded.Time);
            removal.Plan(seeded.Seeder.IsSampleSource, seeded.Seeder.SampleTickers());
            var transactions = 0;
            Assert.Throws<IOException>(() => removal.DeleteFilings(_ =>
            {
                if (++transactions == killedAtTransaction) throw new IOException("killed");
            }));
            Assert.True(seeded.Store.HoldsSample);
        }

        using var reopened = new TestStore(path: path);
        Assert.True(reopened.Store.HoldsSample);
        reopened.Seeder.RemoveSample();

        AssertSameRows(alone.Database, reopened.Database);
        Assert.Equal(alone.Store.Statistics(), reopened.Store.Statistics());
    }

    [Fact]
    public void RemoveSample_TakesTheDaysOfItsRealAccessionsOutOfTheCoverage_SoTheyAreFetchedAgain()
    {
        using var seeded = new TestStore();
        seeded.Seeder.EnsureSeeded();
        seeded.Store.MarkMarketCovered(new DateOnly(2022, 5, 1), new DateOnly(2022, 5, 31), "daily indexes");
        var sampleFiled = seeded.Store.TradesForInsider(1211060, new DateOnly(2022, 5, 15), new DateOnly(2022, 5, 15)).First().FiledOn!.Value;

        seeded.Seeder.RemoveSample();

        var market = seeded.Store.Coverage().Market;
        Assert.DoesNotContain(market, s => s.Contains(sampleFiled));
        Assert.Contains(market, s => s.Contains(new DateOnly(2022, 5, 2)));
    }

    private static List<TradeNature> SalesOn(TestStore store, DateOnly day) =>
        store.Store.TradesForInsider(1211060, day, day).Where(t => t.Code == "S").Select(t => t.Classification.Nature).Order().ToList();

    private static void AssertSameRows(StoreDatabase expected, StoreDatabase actual)
    {
        foreach (var name in Compared)
        {
            var (want, got) = (Rows(expected, name), Rows(actual, name));
            Assert.True(want.SequenceEqual(got), $"{name}: only in the store of the other filings alone:\n{string.Join('\n', want.Except(got))}\nonly after the removal:\n{string.Join('\n', got.Except(want))}");
        }

        Assert.Equal(StoreCounts.Read(expected), StoreCounts.Read(actual));
        Assert.False(actual.Database.CollectionExists("sample_removal"));
    }

    // Each row as JSON, in a stable order, without what records when or where it was written.
    private static List<string> Rows(StoreDatabase store, string collection) =>
        store.Database.GetCollection(collection).FindAll()
            .Select(d =>
            {
                foreach (var field in new[] { "first", "upd", "at" }) d.Remove(field);
                if (collection is "quarantine" or "coverage") d.Remove("_id");

                // An insider's companies are listed in the order of first sight, which no answer reads and which the
                // removal cannot know for a company the sample showed first: compared as a set.
                if (collection == "insiders") d["tk"] = new BsonArray(d["tk"].AsArray.Select(t => t.AsString).Order(StringComparer.Ordinal).Select(t => new BsonValue(t)));
                return JsonSerializer.Serialize(d);
            })
            .Order(StringComparer.Ordinal)
            .ToList();
}
