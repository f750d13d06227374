using InsiderBot.Insights;
using InsiderBot.Insights.Splits;
using InsiderBot.Testing;
using LiteDB;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store.Tests;

/// <summary>
/// The in-place upgrade from layout 1 on the store that version wrote (tests/fixtures/store-layout1): every trade
/// reads back field for field as layout 1 read it, every filing reads back as it was stored and lists its trades, and an upgrade stopped part-way
/// (as a kill between two of its transactions leaves it) finishes on the next open with the same store.
/// </summary>
public sealed class StoreLayoutUpgradeTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Upgrade_RewritesEveryTrade_AsLayoutOneReadIt()
    {
        var path = LayoutOneStore.Extract(temp);
        var before = LayoutOneView.Read(path);
        Assert.True(before.Trades.Count > 6_000, $"{before.Trades.Count} trades");
        Assert.Contains(before.Trades.Values, t => t.Superseded);
        Assert.True(before.SplitFacts.Count > 2_000, $"{before.SplitFacts.Count} filings' split facts");

        using (var store = Open(path))
        {
            AssertUpgraded(store, before);
        }
    }

    // With 500 filings and 1,000 trades a step on this store: 5 filing steps, 7 trade steps, the old trades dropped
    // (step 13, before the new collection takes their name), then 6 split-fact steps (layout 2 reached), then 7 steps
    // moving the trades into company months (layout 3), then 6 steps moving the filings into company months (layout 4).
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(13)]
    [InlineData(16)]
    [InlineData(19)]
    [InlineData(22)]
    [InlineData(28)]
    [InlineData(31)]
    public void UpgradeStoppedPartWay_FinishesOnTheNextOpen_WithTheSameStore(int stepsBeforeTheStop)
    {
        var path = LayoutOneStore.Extract(temp);
        var before = LayoutOneView.Read(path);

        Assert.Throws<UpgradeStopped>(() => Open(path, new UpgradePace(FilingsPerStep: 500, TradesPerStep: 1_000, StopAfterSteps: stepsBeforeTheStop)));
        var halfway = LayoutOneView.Read(path);
        Assert.True(halfway.Upgraded > 0 && !halfway.Finished, $"{halfway.Upgraded} documents rewritten"); // the stop left work done and work to do

        using var store = Open(path, new UpgradePace(FilingsPerStep: 500, TradesPerStep: 1_000));
        AssertUpgraded(store, before);
    }

    private static void AssertUpgraded(StoreDatabase store, LayoutOneView before)
    {
        Assert.Equal("4", store.GetMeta("layout"));
        Assert.False(store.Database.CollectionExists("trades"));
        Assert.False(store.Database.CollectionExists("filings"));
        var after = store.Rows.All().ToDictionary(d => d["_id"].AsString, d => (Trade: Canonical(TradeDocuments.FromDocument(d)), Superseded: TradeDocuments.IsSuperseded(d)));
        Assert.Equal(before.Trades.Count, after.Count);
        foreach (var (id, trade) in before.Trades)
        {
            Assert.Equal(trade.Json, after[id].Trade);
            Assert.Equal(trade.Superseded, after[id].Superseded);
        }

        var filings = store.Filings.All().ToList();
        Assert.Equal(before.Filings.Count, filings.Count);
        foreach (var filing in filings)
        {
            Assert.Equal(before.Filings[filing["_id"].AsString], Canonical(filing));
            var listed = store.TradesOfFiling(filing).Select(t => t["_id"].AsString).ToList();
            Assert.Equal(before.TradesOf[filing["_id"].AsString], listed);
        }

        var facts = before.SplitFacts.Keys.Select(f => f.Issuer).Distinct()
            .SelectMany(issuer => SplitFactMonths.Of(store, issuer).Select(f => (f.IssuerCik, f.Accession, Json: Canonical(f))))
            .ToDictionary(f => (f.IssuerCik, f.Accession), f => f.Json);
        Assert.Equal(before.SplitFacts.Count, facts.Count);
        foreach (var (key, json) in before.SplitFacts) Assert.Equal(json, facts[key]);
        Assert.False(store.Database.CollectionExists("split_facts"));

        Assert.Equal(before.FirstDay, store.TradeDayEdge(newest: false));
        Assert.Equal(before.LastDay, store.TradeDayEdge(newest: true));
    }

    private static StoreDatabase Open(string path, UpgradePace? pace = null) =>
        new(Options.Create(new StoreOptions { Path = path }), null, pace ?? new UpgradePace());

    private static string Canonical(SplitFacts facts) =>
        System.Text.Json.JsonSerializer.Serialize(facts with { Positions = facts.Positions.ToArray(), Prices = facts.Prices.ToArray(), Statements = facts.Statements.ToArray() });

    // A filing document's fields by name, but for the two the upgrade adds (its trade list and report key).
    private static string Canonical(BsonDocument filing) =>
        string.Join('\n', filing.Where(f => f.Key is not ("ti" or "rep")).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={JsonSerializer.Serialize(f.Value)}"));

    private static string Canonical(InsiderTrade trade) => System.Text.Json.JsonSerializer.Serialize(trade with { OwnerNames = trade.OwnerNames.ToArray() });

    // The store as layout 1 reads it, straight from the file.
    private sealed record LayoutOneView(
        Dictionary<string, (string Json, bool Superseded)> Trades,
        Dictionary<string, List<string>> TradesOf,
        Dictionary<string, string> Filings,
        Dictionary<(long Issuer, string Accession), string> SplitFacts,
        int FirstDay,
        int LastDay,
        int Upgraded,
        bool Finished)
    {
        public static LayoutOneView Read(string path)
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
            var documents = db.GetCollection("trades").FindAll().ToList();
            var layoutOne = documents.Where(LayoutOneTrades.Is).ToList();
            var trades = layoutOne.ToDictionary(d => d["_id"].AsString, d => (Canonical(LayoutOneTrades.FromDocument(d)), d["sup"].IsBoolean));
            var filings = db.GetCollection("filings").FindAll().ToList();
            var tradesOf = filings.ToDictionary(
                f => f["_id"].AsString,
                f => layoutOne.Where(t => t["acc"].AsString == f["_id"].AsString).OrderBy(t => t["tb"].AsInt32).ThenBy(t => t["pos"].AsInt32).Select(t => t["_id"].AsString).ToList());
            var days = layoutOne.Select(t => t["d"].AsInt32).DefaultIfEmpty().ToList();
            var upgraded = filings.Count(f => f["ti"].IsString) + documents.Count(d => !LayoutOneTrades.Is(d));
            var facts = db.GetCollection("split_facts").FindAll().Select(SplitDocuments.FactsFromDocument).ToDictionary(f => (f.IssuerCik, f.Accession), Canonical);
            var asStored = filings.ToDictionary(f => f["_id"].AsString, Canonical);
            return new LayoutOneView(trades, tradesOf, asStored, facts, days.Min(), days.Max(), upgraded, db.GetCollection("meta").FindById("layout") is { } layout && layout["v"].AsString == "4");
        }
    }
}
