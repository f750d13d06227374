using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Insights.Splits;
using InsiderBot.Store.Coverage;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The steps of taking the bundled sample out of a store, journalled in the <c>sample_removal</c> collection so a kill
/// at any moment loses nothing else and a rerun finishes the job: the plan (what the sample touched) and one marker
/// per sample filing are written in one transaction; each transaction then deletes up to 50 filings with their trades,
/// split facts and insider-directory entries, and removes their markers; each touched company is then recomputed in a
/// transaction of its own (idempotent: amendments, exercise sales, price flags, market days, the issuer row,
/// coverage); the last transaction drops the journal and records that the sample is gone. The seeder ran on an
/// empty store, so the sample came first and everything after it was read with it present: what this recomputes
/// is exactly what the sample's rows could have changed in the rows filed after them.
/// </summary>
internal sealed class SampleRemoval(StoreDatabase store, TimeProvider time)
{
    /// <summary>The value <see cref="StoreSeeder.SeededKey"/> keeps once the sample is removed (the seeder never seeds again).</summary>
    public const string Removed = "sample removed";

    private const string PlanId = "plan";
    private const string MarkerPrefix = "a:";
    private const int FilingsPerTransaction = 50;

    private ILiteCollection<BsonDocument> Journal => store.Database.GetCollection("sample_removal");

    private BsonDocument PlanDocument => Journal.FindById(PlanId) ?? throw new InvalidOperationException("no sample removal is planned");

    public bool Planned => Journal.FindById(PlanId) is not null;

    /// <summary>The companies the sample's filings belong to.</summary>
    public IReadOnlyList<long> Issuers => PlanDocument["iss"].AsArray.Select(v => v.AsInt64).ToList();

    public void Plan(Func<string, bool> isSampleSource, IReadOnlyList<(string Ticker, long Cik)> sampleTickers)
    {
        var accessions = store.Filings.Query().Select(BsonExpression.Create("{ _id: $._id, src: $.src }")).ToEnumerable()
            .Where(d => isSampleSource(d["src"].AsString)).Select(d => d["_id"].AsString).ToList();
        var filings = accessions.Select(a => store.Filings.FindById(a)).ToList();
        var trades = filings.SelectMany(f => store.TradesOfFiling(f)).ToList();
        var issuers = filings.Select(f => f["iss"].AsInt64).Distinct().Order().ToList();
        var tradeIds = trades.Select(t => t["_id"].AsString).ToHashSet(StringComparer.Ordinal);
        var signals = issuers
            .SelectMany(i => store.Signals.Find(IndexQuery.Between("ik", DayNumber.KeyStart(i), DayNumber.KeyEnd(i))))
            .Where(s => s["ev"].AsArray.Concat(s["cx"].AsArray).Any(id => tradeIds.Contains(id.AsString)))
            .Select(s => s["_id"].AsString);
        var plan = new BsonDocument
        {
            ["_id"] = PlanId,
            ["iss"] = Array(issuers.Select(i => new BsonValue(i))),
            ["ex"] = Array(trades.Where(t => TradeDocuments.Head(t).Code is "M" or "X" or "O").Select(t => (TradeDocuments.Insider(t), TradeDocuments.Issuer(t), TradeDocuments.Day(t))).Distinct()
                .Select(k => (BsonValue)new BsonArray { k.Item1, k.Item2, k.Item3 })),
            ["px"] = Array(trades.Where(t => TradeDocuments.Head(t).IsPricedStock).Select(t => (TradeDocuments.Issuer(t), TradeDocuments.Day(t))).Distinct().Select(k => Pair(k.Item1, k.Item2))),
            ["mk"] = Array(trades.Select(t => MarketDayLedger.Key(TradeDocuments.Insider(t), TradeDocuments.Issuer(t))).Distinct().Select(k => new BsonValue(k))),
            ["rep"] = Array(filings.Select(f => f["rep"].AsInt64).Distinct().Select(r => new BsonValue(r))),
            ["sig"] = Array(signals.Distinct().Select(s => new BsonValue(s))),
            // A sample filing with a real accession may have been skipped as a duplicate by a later fetch of that day.
            ["unc"] = Array(filings.Where(f => !f["_id"].AsString.StartsWith("sha256:", StringComparison.Ordinal) && !f["fd"].IsNull)
                .Select(f => (f["iss"].AsInt64, f["fd"].AsInt32)).Distinct().Select(k => Pair(k.Item1, k.Item2))),
            ["tk"] = Array(sampleTickers.Select(t => (BsonValue)new BsonDocument { ["t"] = t.Ticker, ["cik"] = t.Cik })),
        };
        store.InTransaction(() =>
        {
            Journal.DeleteAll();
            foreach (var accession in accessions) Journal.Insert(new BsonDocument { ["_id"] = MarkerPrefix + accession });
            Journal.Insert(plan);
            return accessions.Count;
        });
    }

    /// <summary>Deletes the sample's filings, a transaction per 50; <paramref name="defer"/> records their companies for signal evaluation in each.</summary>
    public (long Filings, long Trades) DeleteFilings(Action<IReadOnlyCollection<long>> defer)
    {
        long filings = 0, trades = 0;
        while (true)
        {
            var more = store.InTransaction(() =>
            {
                var chunk = Journal.Find(Query.StartsWith("_id", MarkerPrefix), limit: FilingsPerTransaction).ToList();
                if (chunk.Count == 0) return false;
                var issuers = new HashSet<long>();
                var months = new SplitFactMonths(store);
                long f = 0, t = 0;
                foreach (var marker in chunk)
                {
                    var accession = marker["_id"].AsString[MarkerPrefix.Length..];
                    Journal.Delete(marker["_id"]);
                    foreach (var trade in store.TradesOfFiling(accession).ToList())
                    {
                        store.Trades.Delete(trade["_id"]);
                        t++;
                    }

                    if (store.Filings.FindById(accession) is not { } filing) continue;
                    months.Remove(accession, SplitFactMonths.KeyOf(filing["iss"].AsInt64, filing));
                    store.Filings.Delete(accession);
                    ForgetOwners(filing);
                    issuers.Add(filing["iss"].AsInt64);
                    f++;
                }

                months.Flush();
                StoreCounts.Add(store, -f, -t);
                store.DecisionDays.DeleteAll(); // the market ratio's tallies are re-tallied on the next reading
                defer(issuers);
                filings += f;
                trades += t;
                return true;
            });
            if (!more)
            {
                store.InTransaction(() =>
                {
                    TradeDayEdges.Recount(store);
                    return true;
                });
                return (filings, trades);
            }
        }
    }

    /// <summary>Recomputes what the sample's rows could have changed in one company's other rows. Idempotent; call inside a transaction.</summary>
    public void Recompute(long issuer, SplitHistory splits)
    {
        var plan = PlanDocument;
        var reports = plan["rep"].AsArray.Select(r => r.AsInt64).ToHashSet();
        ReviveSuperseded(issuer, reports);
        foreach (var key in plan["ex"].AsArray.Select(v => v.AsArray).Where(k => k[1].AsInt64 == issuer))
            ReadSalesAgain(key[0].AsInt64, issuer, key[2].AsInt32);
        TotalValueFlags.Recheck(store, issuer, splits, plan["px"].AsArray.Select(v => v.AsArray).Where(k => k[0].AsInt64 == issuer).Select(k => DayNumber.ToDate(k[1].AsInt32)));

        var entries = MarketDayLedger.EntriesOf(store, issuer);
        var suffix = $":{issuer}";
        foreach (var key in plan["mk"].AsArray.Select(k => k.AsString).Where(k => k.EndsWith(suffix, StringComparison.Ordinal)).Concat(entries.Keys).Distinct())
            MarketDayLedger.Write(store, key, entries.TryGetValue(key, out var days) ? days : []);

        RebuildIssuer(issuer);
        foreach (var day in plan["unc"].AsArray.Select(v => v.AsArray).Where(k => k[0].AsInt64 == issuer).Select(k => DayNumber.ToDate(k[1].AsInt32)))
        {
            CoverageLedger.Uncover(store, CoverageLedger.Market, day);
            CoverageLedger.Uncover(store, issuer, day);
        }
    }

    /// <summary>Takes out what the sample left outside its companies' rows, then drops the journal and records the removal.</summary>
    public void Finish(Func<string, bool> isSampleSource)
    {
        var plan = PlanDocument;
        var quarantined = store.Quarantine.FindAll().Where(d => isSampleSource(d["src"].AsString)).Select(d => d["_id"]).ToList();
        store.InTransaction(() =>
        {
            // Alerts planned from signals the sample's trades made, which no longer stand.
            foreach (var signal in plan["sig"].AsArray.Select(s => s.AsString).Where(s => store.Signals.FindById(s) is null))
                store.Outbox.DeleteMany(Query.EQ("sig", signal));
            foreach (var id in quarantined) store.Quarantine.Delete(id);
            foreach (var ticker in plan["tk"].AsArray.Select(t => t.AsDocument))
            {
                if (store.Symbols.FindById(ticker["t"].AsString) is { } symbol && symbol["src"].AsString == "sec" && symbol["cik"].AsInt64 == ticker["cik"].AsInt64)
                    store.Symbols.Delete(symbol["_id"]);
            }

            Superinvestors.HoldingsStore.RemoveDemo(store);

            // The sample's ticker map is gone; a live bot loads the SEC's again at its next refresh.
            store.Meta.Delete(InsiderStore.TickerMapRefreshedKey);
            Journal.DeleteAll();
            store.SetMeta(StoreSeeder.SeededKey, Removed);
            store.SetMeta("sample-removed-at", time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        });
        store.Database.DropCollection("sample_removal"); // empty now; LiteDB drops a collection outside a transaction
    }

    // The insider directory counted the filing for each of its owners and listed its company under them.
    private void ForgetOwners(BsonDocument filing)
    {
        var company = filing["tk"].AsString is { Length: > 0 } tk ? tk : filing["in"].AsString;
        foreach (var owner in filing["owners"].AsArray.Select(o => o.AsDocument["cik"].AsInt64))
        {
            if (store.Insiders.FindById(owner) is not { } insider) continue;
            insider["cnt"] = insider["cnt"].AsInt32 - 1;
            if (insider["cnt"].AsInt32 <= 0)
            {
                store.Insiders.Delete(owner);
                continue;
            }

            var stillFiles = store.Filings.Find(IndexQuery.Equal("iss", filing["iss"].AsInt64))
                .Any(f => Journal.FindById(MarkerPrefix + f["_id"].AsString) is null && f["owners"].AsArray.Any(o => o.AsDocument["cik"].AsInt64 == owner));
            if (!stillFiles)
            {
                var companies = insider["tk"].AsArray.Where(c => c.AsString != company).ToList();
                insider["tk"] = new BsonArray(companies);
            }

            store.Insiders.Update(insider);
        }
    }

    // A later filing the sample's 4/A marked as replaced (or whose replacement was the sample's) is counted again
    // unless a remaining 4/A replaces it.
    private void ReviveSuperseded(long issuer, HashSet<long> reports)
    {
        var filings = store.Filings.Find(IndexQuery.Equal("iss", issuer)).ToList();
        foreach (var filing in filings.Where(f => f["sup"].IsBoolean && reports.Contains(f["rep"].AsInt64)))
        {
            if (filings.Any(other => other["_id"] != filing["_id"] && other["rep"] == filing["rep"] && other["own"] == filing["own"] && other["per"] == filing["per"] && Replaces(other, filing)))
                continue;
            filing.Remove("sup");
            filing.Remove("supBy");
            store.Filings.Update(filing);
            foreach (var trade in store.TradesOfFiling(filing).ToList())
            {
                TradeDocuments.Reinstate(trade);
                store.Trades.Update(trade);
            }
        }
    }

    // The rule of AmendmentLedger, on two stored filings: does the 4/A `other` replace `filing`?
    private static bool Replaces(BsonDocument other, BsonDocument filing)
    {
        if (other["dt"].AsString != "4/A") return false;
        if (filing["dt"].AsString != "4/A") return other["orig"].IsNull || filing["fd"].IsNull || other["orig"] == filing["fd"];
        return !other["fd"].IsNull && !filing["fd"].IsNull && other["fd"].AsInt32 > filing["fd"].AsInt32;
    }

    // A sale read as the exercise's sale because the sample held an exercise that day is read as the classifier reads
    // a sale with no exercise beside it, unless another exercise of the insider's remains on that day: a tax sale when
    // its filing has a sell-to-cover footnote (which rows cite a footnote is not stored, so the filing's footnotes
    // stand for the row's), otherwise a discretionary sale.
    private void ReadSalesAgain(long insider, long issuer, int day)
    {
        var rows = store.Trades.Find(IndexQuery.Equal("ok", DayNumber.Key(insider, DayNumber.ToDate(day)))).Where(t => TradeDocuments.Issuer(t) == issuer).ToList();
        if (rows.Any(t => TradeDocuments.Head(t).Code is "M" or "X" or "O")) return;
        foreach (var sale in rows.Where(t => TradeDocuments.Nature(t) == TradeNature.ExerciseSale))
        {
            var footnotes = store.Filings.FindById(TradeDocuments.Accession(sale))?["fn"].AsArray ?? [];
            var taxSale = footnotes.Any(f => TaxSaleDetector.IsTaxSale(f.AsDocument["t"].AsString));
            TradeDocuments.SetNature(sale, taxSale ? TradeNature.TaxSale : TradeNature.DiscretionarySale);
            store.Trades.Update(sale);
        }
    }

    // The issuer row as the remaining filings make it: named and ticked from the latest filed, trades counted as ingest counts them.
    private void RebuildIssuer(long issuer)
    {
        var filings = store.Filings.Find(IndexQuery.Equal("iss", issuer)).ToList();
        // A symbol is named by the first filing that carried it: the earliest filed of the remaining ones, if any.
        var namedBy = filings.OrderBy(f => f["fd"].IsNull ? int.MaxValue : f["fd"].AsInt32).ThenBy(f => f["_id"].AsString, StringComparer.Ordinal)
            .SelectMany(f => TickerSymbol.FromFiling(f["sym"].AsString).Select(symbol => (Symbol: symbol, Name: f["in"].AsString)))
            .DistinctBy(x => x.Symbol).ToDictionary(x => x.Symbol, x => x.Name, StringComparer.Ordinal);
        foreach (var symbol in store.Symbols.Find(IndexQuery.Equal("cik", issuer)).Where(s => s["src"].AsString == "filing").ToList())
        {
            if (!namedBy.TryGetValue(symbol["_id"].AsString, out var name)) store.Symbols.Delete(symbol["_id"]);
            else if (symbol["n"].AsString != name)
            {
                symbol["n"] = name;
                store.Symbols.Update(symbol);
            }
        }

        if (filings.Count == 0)
        {
            store.Issuers.Delete(issuer);
            return;
        }

        // Ingest counts a filing's trades unless the filing was already replaced when it arrived (sup without supBy).
        var counted = filings.Where(f => !f["sup"].IsBoolean || f["supBy"].IsString).Select(f => f["_id"].AsString).ToHashSet(StringComparer.Ordinal);
        var trades = store.Trades.Find(IndexQuery.Between("ik", DayNumber.KeyStart(issuer), DayNumber.KeyEnd(issuer))).Where(t => counted.Contains(TradeDocuments.Accession(t))).ToList();
        var latestFiled = filings.OrderBy(f => f["fd"].IsNull ? int.MinValue : f["fd"].AsInt32).ThenBy(f => f["_id"].AsString, StringComparer.Ordinal).ToList();
        var doc = store.Issuers.FindById(issuer) ?? new BsonDocument { ["_id"] = issuer };
        doc["n"] = latestFiled.LastOrDefault(f => f["in"].AsString.Length > 0)?["in"] ?? doc["n"];
        doc["tk"] = latestFiled.LastOrDefault(f => f["tk"].AsString.Length > 0)?["tk"] ?? "";
        doc["cnt"] = trades.Count;
        doc["latest"] = trades.Count == 0 ? BsonValue.Null : trades.Max(TradeDocuments.Day);
        store.Issuers.Upsert(doc);
    }

    private static BsonArray Array(IEnumerable<BsonValue> values) => new(values);

    private static BsonValue Pair(long a, int b) => new BsonArray { a, b };

}
