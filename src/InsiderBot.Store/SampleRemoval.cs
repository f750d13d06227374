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
    /// <summary>The value <see cref="InsiderStore.SampleSeededKey"/> keeps once the sample is removed (the seeder never seeds again).</summary>
    public const string Removed = "sample removed";

    private const int FilingsPerTransaction = 50;

    private ILiteCollection<BsonDocument> Journal => store.Database.GetCollection("sample_removal");

    private SampleRemovalPlan StoredPlan =>
        Journal.ById(SampleRemovalDocuments.PlanId) is { } plan
            ? SampleRemovalDocuments.PlanFromDocument(plan)
            : throw new InvalidOperationException("no sample removal is planned");

    public bool Planned => Journal.ById(SampleRemovalDocuments.PlanId) is not null;

    /// <summary>The companies the sample's filings belong to.</summary>
    public IReadOnlyList<long> Issuers => StoredPlan.Issuers;

    public void Plan(Func<string, bool> isSampleSource, IReadOnlyList<(string Ticker, long Cik)> sampleTickers)
    {
        var filings = store.Filings.All().Where(d => isSampleSource(FilingDocuments.Source(d))).OrderBy(FilingDocuments.Accession, StringComparer.Ordinal).ToList();
        var accessions = filings.Select(FilingDocuments.Accession).ToList();
        var trades = filings.SelectMany(f => store.TradesOfFiling(f)).ToList();
        var issuers = filings.Select(FilingDocuments.Issuer).Distinct().Order().ToList();
        var tradeIds = trades.Select(TradeDocuments.Id).ToHashSet(StringComparer.Ordinal);
        var signals = issuers
            .SelectMany(i => store.Signals.Find(IndexQuery.Between("ik", DayNumber.KeyStart(i), DayNumber.KeyEnd(i))))
            .Where(s => SignalDocuments.TradeIds(s).Any(tradeIds.Contains))
            .Select(SignalDocuments.Id);
        var plan = SampleRemovalDocuments.ToDocument(new SampleRemovalPlan(
            issuers,
            trades.Where(t => TradeDocuments.Head(t).Code is "M" or "X" or "O").Select(t => (TradeDocuments.Insider(t), TradeDocuments.Issuer(t), TradeDocuments.Day(t))).Distinct().ToList(),
            trades.Where(t => TradeDocuments.Head(t).IsPricedStock).Select(t => (TradeDocuments.Issuer(t), TradeDocuments.Day(t))).Distinct().ToList(),
            trades.Select(t => MarketDayLedger.Key(TradeDocuments.Insider(t), TradeDocuments.Issuer(t))).Distinct().ToList(),
            filings.Select(FilingDocuments.ReportKey).Distinct().ToList(),
            signals.Distinct().ToList(),
            // A sample filing with a real accession may have been skipped as a duplicate by a later fetch of that day.
            filings.Where(f => !FilingDocuments.Accession(f).StartsWith("sha256:", StringComparison.Ordinal) && FilingDocuments.Filed(f) is not null)
                .Select(f => (FilingDocuments.Issuer(f), FilingDocuments.Filed(f)!.Value)).Distinct().ToList(),
            sampleTickers));
        store.InTransaction(() =>
        {
            Journal.DeleteAll();
            foreach (var accession in accessions) Journal.Insert(SampleRemovalDocuments.Marker(accession));
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
                var chunk = Journal.Find(Query.StartsWith("_id", SampleRemovalDocuments.MarkerPrefix), limit: FilingsPerTransaction).ToList();
                if (chunk.Count == 0) return false;
                var issuers = new HashSet<long>();
                var months = new SplitFactMonths(store);
                long f = 0, t = 0;
                foreach (var marker in chunk)
                {
                    var accession = SampleRemovalDocuments.MarkedAccession(marker);
                    Journal.Delete(SampleRemovalDocuments.MarkerId(accession));
                    foreach (var trade in store.TradesOfFiling(accession).ToList())
                    {
                        store.Rows.Delete(trade);
                        t++;
                    }

                    if (store.Filings.Find(accession) is not { } filing) continue;
                    months.Remove(accession, SplitFactMonths.KeyOf(FilingDocuments.Issuer(filing), filing));
                    store.Filings.Delete(filing);
                    ForgetOwners(filing);
                    issuers.Add(FilingDocuments.Issuer(filing));
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
        var plan = StoredPlan;
        ReviveSuperseded(issuer, plan.Reports.ToHashSet());
        foreach (var exercise in plan.Exercises.Where(k => k.Issuer == issuer))
            ReadSalesAgain(exercise.Insider, issuer, exercise.Day);
        TotalValueFlags.Recheck(store, issuer, splits, plan.PricedDays.Where(k => k.Issuer == issuer).Select(k => DayNumber.ToDate(k.Day)));

        var entries = MarketDayLedger.EntriesOf(store, issuer);
        var suffix = $":{issuer}";
        foreach (var key in plan.MarketDayKeys.Where(k => k.EndsWith(suffix, StringComparison.Ordinal)).Concat(entries.Keys).Distinct())
            MarketDayLedger.Write(store, key, entries.TryGetValue(key, out var entry) ? entry : new MarketDayEntry());

        RebuildIssuer(issuer);
        foreach (var day in plan.Uncovered.Where(k => k.Issuer == issuer).Select(k => DayNumber.ToDate(k.Day)))
        {
            CoverageLedger.Uncover(store, CoverageLedger.Market, day);
            CoverageLedger.Uncover(store, issuer, day);
        }
    }

    /// <summary>Takes out what the sample left outside its companies' rows, then drops the journal and records the removal.</summary>
    public void Finish(Func<string, bool> isSampleSource)
    {
        var plan = StoredPlan;
        var quarantined = store.Quarantine.FindAll().Where(d => isSampleSource(QuarantineDocuments.Source(d))).Select(QuarantineDocuments.Id).ToList();
        store.InTransaction(() =>
        {
            // Alerts planned from signals the sample's trades made, which no longer stand.
            foreach (var signal in plan.Signals.Where(s => store.Signals.ById(s) is null))
                store.Outbox.DeleteMany(Query.EQ("sig", signal));
            foreach (var id in quarantined) store.Quarantine.Delete(id);
            foreach (var (ticker, cik) in plan.Tickers)
            {
                if (store.Symbols.ById(ticker) is { } symbol && SymbolDocuments.IsFromTickerMap(symbol) && SymbolDocuments.Cik(symbol) == cik)
                    store.Symbols.Delete(SymbolDocuments.Symbol(symbol));
            }

            Superinvestors.HoldingsStore.RemoveDemo(store);

            // The sample's ticker map is gone; a live bot loads the SEC's again at its next refresh.
            store.Meta.Delete(InsiderStore.TickerMapRefreshedKey);
            Journal.DeleteAll();
            store.SetMeta(InsiderStore.SampleSeededKey, Removed);
            store.SetMeta("sample-removed-at", time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        });
        store.Database.DropCollection("sample_removal"); // empty now; LiteDB drops a collection outside a transaction
    }

    // The insider directory counted the filing for each of its owners and listed its company under them.
    private void ForgetOwners(BsonDocument filing)
    {
        var company = FilingDocuments.Company(filing);
        foreach (var owner in FilingDocuments.Owners(filing).Select(o => o.Cik))
        {
            if (store.Insiders.ById(owner) is not { } insider) continue;
            InsiderDocuments.SetFilingCount(insider, InsiderDocuments.FilingCount(insider) - 1);
            if (InsiderDocuments.FilingCount(insider) <= 0)
            {
                store.Insiders.Delete(owner);
                continue;
            }

            var stillFiles = store.Filings.OfIssuer(FilingDocuments.Issuer(filing))
                .Any(f => Journal.ById(SampleRemovalDocuments.MarkerId(FilingDocuments.Accession(f))) is null && FilingDocuments.Owners(f).Any(o => o.Cik == owner));
            if (!stillFiles) InsiderDocuments.RemoveCompany(insider, company);

            store.Insiders.Update(insider);
        }
    }

    // A later filing the sample's 4/A marked as replaced (or whose replacement was the sample's) is counted again
    // unless a remaining 4/A replaces it.
    private void ReviveSuperseded(long issuer, HashSet<long> reports)
    {
        var filings = store.Filings.OfIssuer(issuer).ToList();
        foreach (var filing in filings.Where(f => FilingDocuments.IsSuperseded(f) && reports.Contains(FilingDocuments.ReportKey(f))))
        {
            if (filings.Any(other => FilingDocuments.Accession(other) != FilingDocuments.Accession(filing) && FilingDocuments.SameReport(other, filing) && Replaces(other, filing)))
                continue;
            FilingDocuments.Reinstate(filing);
            store.Filings.Update(filing);
            foreach (var trade in store.TradesOfFiling(filing).ToList())
            {
                TradeDocuments.Reinstate(trade);
                store.Rows.Update(trade);
            }
        }
    }

    // The rule of AmendmentLedger, on two stored filings: does the 4/A `other` replace `filing`?
    private static bool Replaces(BsonDocument other, BsonDocument filing) =>
        AmendmentLedger.Replaces(other, FilingDocuments.DocumentType(filing) == "4/A", FilingDocuments.Filed(filing));

    // A sale read as the exercise's sale because the sample held an exercise that day is read as the classifier reads
    // a sale with no exercise beside it, unless another exercise of the insider's remains on that day: a tax sale when
    // its filing has a sell-to-cover footnote (which rows cite a footnote is not stored, so the filing's footnotes
    // stand for the row's), otherwise a discretionary sale.
    private void ReadSalesAgain(long insider, long issuer, int day)
    {
        var rows = store.Rows.OfInsiderAt(insider, issuer, day, day).ToList();
        if (rows.Any(t => TradeDocuments.Head(t).Code is "M" or "X" or "O")) return;
        foreach (var sale in rows.Where(t => TradeDocuments.Nature(t) == TradeNature.ExerciseSale))
        {
            var footnotes = store.Filings.Find(TradeDocuments.Accession(sale)) is { } filing ? FilingDocuments.Footnotes(filing) : Enumerable.Empty<Footnote>();
            var taxSale = footnotes.Any(f => TaxSaleDetector.IsTaxSale(f.Text));
            TradeDocuments.SetNature(sale, taxSale ? TradeNature.TaxSale : TradeNature.DiscretionarySale);
            store.Rows.Update(sale);
        }
    }

    // The issuer row as the remaining filings make it: named and ticked from the latest filed, trades counted as ingest counts them.
    private void RebuildIssuer(long issuer)
    {
        var filings = store.Filings.OfIssuer(issuer).ToList();
        // A symbol is named by the first filing that carried it: the earliest filed of the remaining ones, if any.
        var namedBy = filings.OrderBy(f => FilingDocuments.Filed(f) ?? int.MaxValue).ThenBy(FilingDocuments.Accession, StringComparer.Ordinal)
            .SelectMany(f => TickerSymbol.FromFiling(FilingDocuments.TradingSymbol(f)).Select(symbol => (Symbol: symbol, Name: FilingDocuments.IssuerName(f))))
            .DistinctBy(x => x.Symbol).ToDictionary(x => x.Symbol, x => x.Name, StringComparer.Ordinal);
        foreach (var symbol in store.Symbols.Find(IndexQuery.Equal("cik", issuer)).Where(SymbolDocuments.IsFromFiling).ToList())
        {
            if (!namedBy.TryGetValue(SymbolDocuments.Symbol(symbol), out var name)) store.Symbols.Delete(SymbolDocuments.Symbol(symbol));
            else if (SymbolDocuments.Name(symbol) != name)
            {
                SymbolDocuments.Rename(symbol, name);
                store.Symbols.Update(symbol);
            }
        }

        if (filings.Count == 0)
        {
            store.Issuers.Delete(issuer);
            return;
        }

        // Ingest counts a filing's trades unless the filing was already replaced when it arrived (sup without supBy).
        var counted = filings.Where(f => !FilingDocuments.IsSuperseded(f) || FilingDocuments.SupersededBy(f) is not null).Select(FilingDocuments.Accession).ToHashSet(StringComparer.Ordinal);
        var trades = store.Rows.OfIssuer(issuer).Where(t => counted.Contains(TradeDocuments.Accession(t))).ToList();
        var latestFiled = filings.OrderBy(f => FilingDocuments.Filed(f) ?? int.MinValue).ThenBy(FilingDocuments.Accession, StringComparer.Ordinal).ToList();
        var doc = store.Issuers.ById(issuer) ?? IssuerDocuments.Empty(issuer);
        IssuerDocuments.Rebuild(
            doc,
            latestFiled.LastOrDefault(f => FilingDocuments.IssuerName(f).Length > 0) is { } named ? FilingDocuments.IssuerName(named) : null,
            latestFiled.LastOrDefault(f => FilingDocuments.Ticker(f).Length > 0) is { } ticked ? FilingDocuments.Ticker(ticked) : "",
            trades.Count,
            trades.Count == 0 ? null : trades.Max(TradeDocuments.Day));
        store.Issuers.Upsert(doc);
    }
}
