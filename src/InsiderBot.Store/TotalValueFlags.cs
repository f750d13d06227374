using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Insights.Splits;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Reads the "price looks like a total value" flag of a company's stored rows again around given days, when what the
/// ingest-time check compared them with has changed: a split found after the rows were stored (a later filing revealed
/// it, or it was configured later) puts the prices around it on another basis, and removing the bundled sample takes
/// away rows they were compared with. The rule is the ingest-time one (<see cref="PriceBook"/>): a non-derivative
/// price more than <see cref="TransactionClassifier.TotalValuePriceRatio"/> times the median of the other filings'
/// priced rows within a week, restated across splits, else of its own filing's other prices. A row whose flag changes
/// is updated with its market-day ledger entry in the caller's transaction; the caller re-evaluates the company's
/// signals and marks the ratio tallies stale.
/// </summary>
internal static class TotalValueFlags
{
    private const int Around = 7;

    /// <summary>Re-reads the rows around every split applied before or after but not both; the earliest changed day, or null.</summary>
    public static DateOnly? Recheck(StoreDatabase store, long issuer, SplitHistory before, SplitHistory after)
    {
        var kept = Splits(before).Intersect(Splits(after)).ToHashSet();
        return Recheck(store, issuer, after, Splits(before).Union(Splits(after)).Where(s => !kept.Contains(s)).Select(s => s.By));
    }

    /// <summary>Re-reads the rows within a week of each day against <paramref name="splits"/>; the earliest changed day, or null.</summary>
    public static DateOnly? Recheck(StoreDatabase store, long issuer, SplitHistory splits, IEnumerable<DateOnly> days)
    {
        var around = days.Distinct().Order().ToList();
        if (around.Count == 0) return null;

        var ledgers = new BatchLedgers(store, []);
        DateOnly? earliest = null;
        foreach (var day in around)
        {
            var from = DayNumber.Of(day.AddDays(-2 * Around));
            var to = DayNumber.Of(day.AddDays(2 * Around));
            var rows = store.Rows.OfIssuer(issuer, from, to)
                .Where(IsPriced)
                .Select(r => (Document: r, Day: TradeDocuments.Day(r), Accession: TradeDocuments.Accession(r), Price: splits.AdjustPrice(TradeDocuments.Head(r).Price!.Value, DayNumber.ToDate(TradeDocuments.Day(r)))))
                .ToList();
            foreach (var (row, flags) in Reread(rows, DayNumber.Of(day)))
            {
                ledgers.MarketTradeReplaced(row);
                TradeDocuments.SetFlags(row, flags);
                store.Rows.Update(row);
                ledgers.MarketTradeStored(row);
                var changed = DayNumber.ToDate(TradeDocuments.Day(row));
                if (earliest is null || changed < earliest) earliest = changed;
            }
        }

        ledgers.Flush();
        return earliest;
    }

    // The median is taken twice: once over every priced row, then over the rows the first pass did not take for
    // totals, so a genuine total value (or a row still flagged on the old basis) does not move the week's median.
    private static IEnumerable<(BsonDocument Row, DataFlag Flags)> Reread(List<(BsonDocument Document, int Day, string Accession, decimal Price)> rows, int day)
    {
        var firstPass = rows.Select(r => LooksLikeTotal(r, rows)).ToList();
        var reference = rows.Where((_, i) => firstPass[i] != true).ToList();
        foreach (var row in rows.Where(r => Math.Abs(r.Day - day) <= Around))
        {
            if (LooksLikeTotal(row, reference) is not { } total) continue;
            var flags = TradeDocuments.Flags(row.Document);
            var now = total ? flags | DataFlag.PriceLooksLikeTotal : flags & ~DataFlag.PriceLooksLikeTotal;
            if (now != flags) yield return (row.Document, now);
        }
    }

    // Null when nothing decides: fewer than two other filings' rows that week and no other price in its own filing.
    private static bool? LooksLikeTotal((BsonDocument Document, int Day, string Accession, decimal Price) row, List<(BsonDocument Document, int Day, string Accession, decimal Price)> others)
    {
        var week = others.Where(o => o.Accession != row.Accession && Math.Abs(o.Day - row.Day) <= Around).Select(o => o.Price).Order().ToList();
        if (week.Count < 2) week = others.Where(o => o.Accession == row.Accession && o.Price != row.Price).Select(o => o.Price).Order().ToList();
        if (week.Count == 0) return null;
        return row.Price > week[week.Count / 2] * TransactionClassifier.TotalValuePriceRatio;
    }

    // Rows the flag applies to: non-derivative, priced, and with no data fault but this one (those stay out regardless).
    private static bool IsPriced(BsonDocument d) =>
        TradeDocuments.Head(d).IsPricedStock && (TradeDocuments.Flags(d) & ~DataFlag.PriceLooksLikeTotal) == DataFlag.None;

    private static IEnumerable<(DateOnly By, SplitRatio Ratio)> Splits(SplitHistory splits) => splits.Splits.Select(s => (s.By, s.Ratio));

}
