using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using InsiderBot.Store.Tests.Signals;
using InsiderBot.Testing;
using LiteDB;

namespace InsiderBot.Store.Tests;

/// <summary>
/// The per-(insider, company) market-day ledger kept at ingest must always hold exactly the days of the stored,
/// unreplaced, unflagged P/S rows — the rows the insider status used to scan for — and of the unflagged sales the
/// strength test's quiet period reads, whatever order filings and their amendments arrive in; a store written before
/// the ledger existed, or before it held sale days, must get it on open.
/// </summary>
public sealed class MarketDayLedgerTests
{
    private static readonly DateOnly End = new(2026, 10, 30);

    [Fact]
    public void An_entry_grown_batch_by_batch_is_kept_in_one_piece()
    {
        using var t = new TestStore();
        const int Entries = 40;
        var days = Enumerable.Range(0, Entries).Select(_ => new MarketDayEntry()).ToList();
        // Forty insiders' entries each gain a day per batch, as an ingest grows them: about 2.6 KB each at the end.
        for (var day = 1; day <= 150; day++)
        {
            t.Database.InTransaction(() =>
            {
                for (var e = 0; e < Entries; e++)
                {
                    days[e].Market[day] = e + 1;
                    MarketDayLedger.Write(t.Database, MarketDayLedger.Key(e + 1, 10), days[e]);
                }

                return true;
            });
        }

        Assert.Equal(150, MarketDayLedger.Read(t.Database, 7, 10, DayNumber.ToDate(1), DayNumber.ToDate(150)).Count);
        // One block per entry: updated in place, LiteDB puts each batch's growth in an extension block on whichever page
        // has room, and a read then visits them all.
        var blocks = t.Database.Database.GetCollection("$dump").FindAll()
            .Where(p => p["collection"] == "market_days" && p["pageType"] == "Data")
            .Sum(p => p["itemsCount"].AsInt32);
        Assert.Equal(Entries, blocks);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(3, 40)]
    public void The_ledger_holds_the_market_trade_days_of_the_stored_rows_after_every_batch(int seed, int batchSize)
    {
        var filings = new GeneratedHistory(seed, End, years: 5).Filings();
        using var t = new TestStore();
        var batches = filings.Chunk(batchSize).ToList();
        for (var i = 0; i < batches.Count; i++)
        {
            t.Store.IngestFilings(batches[i], deferSignals: i % 2 == 0);
            if (i % 25 == 24 || i == batches.Count - 1) AssertLedgerMatchesTrades(t, $"after batch {i + 1} of {batches.Count}");
        }

        Assert.Contains(filings, f => f.IsAmendment);
        Assert.True(t.Database.Rows.All().Any(TradeDocuments.IsSuperseded), "no stored row was replaced by an amendment");
    }

    [Fact]
    public void A_store_written_before_the_ledger_gets_it_when_opened_and_a_half_built_one_is_rebuilt()
    {
        using var folder = new TempDirectory();
        var path = folder.File("store.db");
        using (var t = new TestStore(path: path))
        {
            t.Importer.Import([Path.Combine(RepoPaths.SampleData, "form4")]);
            Assert.True(t.Database.MarketDays.Count() > 10);
            t.Database.MarketDays.DeleteAll(); // as an older build left it: no ledger, no meta key...
            t.Database.Meta.Delete(MarketDayLedger.BuiltKey);
            t.Database.MarketDays.Insert(new BsonDocument { ["_id"] = "1:2", ["d"] = new BsonArray(new BsonValue(1)), ["n"] = new BsonArray(new BsonValue(1)) }); // ...or a crash mid-build
        }

        using var reopened = new TestStore(path: path);

        Assert.Null(reopened.Database.MarketDays.FindById("1:2"));
        AssertLedgerMatchesTrades(reopened, "after the backfill");
        Assert.Equal("1", reopened.Database.GetMeta(MarketDayLedger.BuiltKey));
    }

    [Fact]
    public void A_ledger_written_before_it_held_sale_days_is_built_again_when_opened()
    {
        using var folder = new TempDirectory();
        var path = folder.File("store.db");
        var filings = new GeneratedHistory(4, End, years: 3).Filings();
        using (var t = new TestStore(path: path))
        {
            t.Store.IngestFilings(filings, deferSignals: true);
            // As the build before sale days left it: market days only, as two arrays, under the earlier key.
            var earlier = t.Database.MarketDays.FindAll()
                .Select(d => (Id: d["_id"], MarketDayDocuments.FromDocument(d).Market))
                .Where(e => e.Market.Count > 0)
                .Select(e => new BsonDocument
                {
                    ["_id"] = e.Id,
                    ["d"] = new BsonArray(e.Market.Keys.Select(day => new BsonValue(day))),
                    ["n"] = new BsonArray(e.Market.Values.Select(rows => new BsonValue(rows))),
                })
                .ToList();
            t.Database.MarketDays.DeleteAll();
            t.Database.MarketDays.Insert(earlier);
            t.Database.Meta.Delete(MarketDayLedger.BuiltKey);
            t.Database.SetMeta(MarketDayLedger.EarlierKey, "1");
        }

        using var reopened = new TestStore(path: path);

        AssertLedgerMatchesTrades(reopened, "after the rebuild");
        Assert.Equal("1", reopened.Database.GetMeta(MarketDayLedger.BuiltKey));
        Assert.Null(reopened.Database.GetMeta(MarketDayLedger.EarlierKey));
    }

    private static void AssertLedgerMatchesTrades(TestStore t, string when)
    {
        var trades = t.Store.TradesBetween(DateOnly.MinValue, DateOnly.MaxValue);
        var market = ByPairAndDay(trades.Where(InsiderStatusReader.IsMarketTrade));
        var sales = ByPairAndDay(trades.Where(trade => !trade.Classification.IsFlagged && SignalTrades.IsSale(trade)));
        var held = t.Database.MarketDays.FindAll().ToDictionary(d => d["_id"].AsString, MarketDayDocuments.FromDocument);
        Assert.True(market.Count > 3, $"{when}: only {market.Count} insiders with market trades");
        Assert.True(sales.Count > 3, $"{when}: only {sales.Count} insiders with sales");
        Assert.True(market.Any(p => p.Value.Any(d => !Days(sales, p.Key).Any(s => s.Day == d.Day))), $"{when}: no market-trade day without a sale (a purchase)");
        // No entry left behind for a pair with neither.
        Assert.Equal(market.Keys.Union(sales.Keys).Order(StringComparer.Ordinal), held.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, entry) in held)
        {
            Assert.True(Days(market, key).SequenceEqual(Days(entry.Market)), $"{when}: {key} holds market days {string.Join(", ", Days(entry.Market))}, the rows give {string.Join(", ", Days(market, key))}");
            Assert.True(Days(sales, key).SequenceEqual(Days(entry.Sales)), $"{when}: {key} holds sale days {string.Join(", ", Days(entry.Sales))}, the rows give {string.Join(", ", Days(sales, key))}");
        }

        foreach (var (key, days) in market)
        {
            var (insider, issuer) = (long.Parse(key.Split(':')[0]), long.Parse(key.Split(':')[1]));
            var (from, to) = (days[days.Count / 3].Day, days[(2 * days.Count) / 3].Day);
            Assert.Equal(days.Select(d => d.Day).Where(d => d >= from && d <= to), t.Store.MarketTradeDays(insider, issuer, from, to));
        }
    }

    private static Dictionary<string, List<(DateOnly Day, int Rows)>> ByPairAndDay(IEnumerable<InsiderTrade> trades) =>
        trades.GroupBy(trade => $"{trade.InsiderCik}:{trade.IssuerCik}")
            .ToDictionary(g => g.Key, g => g.GroupBy(trade => trade.Date).OrderBy(d => d.Key).Select(d => (Day: d.Key, Rows: d.Count())).ToList());

    private static IEnumerable<(DateOnly Day, int Rows)> Days(Dictionary<string, List<(DateOnly Day, int Rows)>> expected, string key) =>
        expected.TryGetValue(key, out var days) ? days : [];

    private static IEnumerable<(DateOnly Day, int Rows)> Days(SortedDictionary<int, int> held) =>
        held.Select(p => (DayNumber.ToDate(p.Key), p.Value));
}
