using System.Text;
using InsiderBot.Chat.Alerts;
using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Replies;
using InsiderBot.Filings;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store;
using InsiderBot.Store.Alerts;
using InsiderBot.Store.Superinvestors;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InsiderBot.Chat.Tests.Signals;

/// <summary>Signals of a company a tracked superinvestor holds carry the 13F confluence line; such cluster buys rank first.</summary>
public sealed class ConfluenceTests
{
    private const long Berkshire = 1067983;
    private const string Initiated = "13F confluence: Berkshire Hathaway initiated a $1.2B position in Q3 2026 (name match, exact)";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly ChatOrigin Origin = new("console", "local", "console", "tester", CanManage: false);
    private static readonly DirectorFilings Filings = new("0007777777");

    private static SuperinvestorTracker Tracker(StoreDatabase database, TimeProvider time) =>
        new(new HoldingsStore(database), Options.Create(new SuperinvestorOptions { Managers = [new() { Cik = Berkshire, Name = "Berkshire Hathaway" }] }), time);

    /// <summary>Berkshire's Q2 2026 without Company 3 and Company 1, its Q3 2026 with both (filed within the confluence age limit): positions initiated in Q3.</summary>
    private static void StoreHoldings(StoreDatabase database)
    {
        var holdings = new HoldingsStore(database);
        ThirteenFReport Quarter(DateOnly period, params ThirteenFHolding[] rows) =>
            new("test", null, Berkshire, "BERKSHIRE HATHAWAY INC", period, period.AddDays(45), "13F-HR", ThirteenFValueUnit.Dollars, "test", rows, rows.Length);
        var other = new ThirteenFHolding("999999999", "OTHER HOLDING CORP", "COM", null, 5_000_000m, 1_000m, "SH", 1);
        holdings.Save(Quarter(new DateOnly(2026, 6, 30), other));
        holdings.Save(Quarter(new DateOnly(2026, 9, 30), other,
            new ThirteenFHolding("000000303", "COMPANY 3 INC", "COM", null, 1_200_000_000m, 10_000_000m, "SH", 1),
            new ThirteenFHolding("000000101", "COMPANY 1 CORP", "COM", null, 300_000_000m, 2_000_000m, "SH", 1)));
    }

    /// <summary>C2 a clean cluster, newest; C3 an older clean cluster with confluence; C1 a mixed one with confluence.</summary>
    private static void StoreClusters(InsiderStore store)
    {
        var day = new DateOnly(2026, 11, 2);
        store.IngestFilings(
        [
            Buy(1, 11, day.AddDays(10)), Buy(1, 12, day.AddDays(11)), Buy(1, 13, day.AddDays(12)), Sell(1, 19, day.AddDays(13)),
            Buy(2, 21, day.AddDays(5)), Buy(2, 22, day.AddDays(6)), Buy(2, 23, day.AddDays(7)),
            Buy(3, 31, day), Buy(3, 32, day.AddDays(1)), Buy(3, 33, day.AddDays(2)),
        ]);
    }

    private static async Task<ChatReply> Ask(TestStore t, string line, bool tracked = true)
    {
        var tracker = tracked ? Tracker(t.Database, t.Time) : null;
        var router = new ChatCommandRouter(
            [new ClustersCommand(t.Store, t.Seeder, t.Time, tracker), new InsidersCommand(t.Store, t.Seeder, t.Time, tracker)],
            NullLogger<ChatCommandRouter>.Instance);
        return await router.ExecuteAsync(line, Origin);
    }

    [Fact]
    public async Task Clusters_WithConfluence_RankFirst_WithinCleanAndWithinMixed()
    {
        using var t = new TestStore(Now);
        StoreHoldings(t.Database);
        StoreClusters(t.Store);

        var untracked = Assert.Single((await Ask(t, "/clusters 60", tracked: false)).Sections.OfType<ItemsSection>()).Items;
        var reply = await Ask(t, "/clusters 60");
        var items = Assert.Single(reply.Sections.OfType<ItemsSection>()).Items;

        Assert.Equal(["C2", "C3", "C1"], untracked.Select(i => i.Headline[..2]));
        Assert.Equal(["C3", "C2", "C1"], items.Select(i => i.Headline[..2]));
        Assert.StartsWith("C3 · Cluster buying (clean)", items[0].Headline, StringComparison.Ordinal);
        Assert.EndsWith("\n" + Initiated, items[0].Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("13F", items[1].Detail, StringComparison.Ordinal);
        Assert.Contains("13F confluence: Berkshire Hathaway initiated a $300M position in Q3 2026", items[2].Detail, StringComparison.Ordinal);
        Assert.Contains("    " + Initiated, PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insiders_SignalsCarryTheConfluenceLine_OnlyForACompanyAManagerHolds()
    {
        using var t = new TestStore(Now);
        StoreHoldings(t.Database);
        StoreClusters(t.Store);

        var held = await Ask(t, "/insiders C3 60");
        var unheld = await Ask(t, "/insiders C2 60");

        var signal = Assert.Single(Assert.Single(held.Sections.OfType<ItemsSection>(), s => s.Title.StartsWith("Signals", StringComparison.Ordinal)).Items);
        Assert.EndsWith(Initiated, signal.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("13F confluence", PlainTextRenderer.Render(unheld), StringComparison.Ordinal);
    }

    [Fact]
    public void Alerts_ForACompanyAManagerHolds_CarryTheConfluenceLine()
    {
        using var t = new TestStore(Now, signalHandler: (db, time) =>
            new AlertPlanner(new SubscriptionStore(db), new AlertOutbox(db), new AlertWakeup(), Options.Create(new AlertOptions()), time, Tracker(db, time)));
        StoreHoldings(t.Database);
        new SubscriptionStore(t.Database).Save(new Subscription("test", "w", "market", [], AlertKinds.Default, 0));
        var day = new DateOnly(2026, 11, 20);

        t.Store.IngestFilings([Buy(3, 31, day), Buy(3, 32, day.AddDays(1)), Buy(3, 33, day.AddDays(2)), Buy(2, 21, day), Buy(2, 22, day.AddDays(1)), Buy(2, 23, day.AddDays(2))]);

        var alerts = new AlertOutbox(t.Database).All().Select(e => AlertMessages.Deserialize(e.Message)).ToList();
        Assert.Equal(2, alerts.Count);
        var c3 = Assert.Single(alerts, a => a.Title.Contains("C3", StringComparison.Ordinal));
        var c2 = Assert.Single(alerts, a => a.Title.Contains("C2", StringComparison.Ordinal));
        Assert.Contains(c3.Sections, s => s is TextSection { Text: Initiated });
        Assert.Equal(Initiated, Assert.IsType<TextSection>(c3.Sections[1]).Text); // right under the reason
        Assert.DoesNotContain("13F confluence", PlainTextRenderer.Render(c2), StringComparison.Ordinal);
    }

    private static Form4Filing Buy(long issuer, long insider, DateOnly date) => Accepted(Filings.Buy(issuer, insider, date));

    private static Form4Filing Sell(long issuer, long insider, DateOnly date) => Accepted(Filings.Sell(issuer, insider, date));

    // Accepted by EDGAR at 16:00 UTC the day after the trade, so alerts are fresh.
    private static Form4Filing Accepted(Form4Filing filing) =>
        filing with { AcceptedAt = new DateTimeOffset(filing.FiledOn!.Value.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero) };
}
