using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Insights.Splits;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Re-checks the "price looks like a total value" flag of a company's stored rows when its applied splits change.
/// The flag compares a price with the median of the week around it, restated across splits; a split found after the
/// rows were stored (a later filing revealed it) moves that comparison only for rows within a week of the split's date,
/// so only those are read again. A row whose flag changes is updated with the market-day ledger in the same
/// transaction; the caller re-evaluates the company's signals and marks the ratio tallies stale.
/// </summary>
internal static class SplitPriceFlags
{
    private const int Around = 7;

    /// <summary>Re-checks the rows around every split applied before or after but not both; the earliest changed day, or null.</summary>
    public static DateOnly? Recheck(StoreDatabase store, long issuer, SplitHistory before, SplitHistory after)
    {
        var kept = Splits(before).Intersect(Splits(after)).ToHashSet();
        return Recheck(store, issuer, after, Splits(before).Union(Splits(after)).Where(s => !kept.Contains(s)).Select(s => s.By));
    }

    /// <summary>Re-checks the rows within a week of each day against <paramref name="splits"/>; the earliest changed day, or null.</summary>
    public static DateOnly? Recheck(StoreDatabase store, long issuer, SplitHistory splits, IEnumerable<DateOnly> days)
    {
        var moved = days.Distinct().Order().ToList();
        if (moved.Count == 0) return null;

        var ledgers = new BatchLedgers(store, []);
        DateOnly? earliest = null;
        foreach (var day in moved)
        {
            var from = DayNumber.Of(day.AddDays(-2 * Around));
            var to = DayNumber.Of(day.AddDays(2 * Around));
            var rows = store.Trades.Find(IndexQuery.Between("ik", DayNumber.KeyStart(issuer) + from, DayNumber.KeyStart(issuer) + to))
                .Where(IsPriced)
                .ToList();
            foreach (var (row, flags) in Rechecked(rows, splits, day))
            {
                ledgers.MarketTradeReplaced(row);
                row["fl"] = (int)flags;
                store.Trades.Update(row);
                ledgers.MarketTradeStored(row);
                var changed = DayNumber.ToDate(row["d"].AsInt32);
                if (earliest is null || changed < earliest) earliest = changed;
            }
        }

        ledgers.Flush();
        return earliest;
    }

    // Same basis as the ingest-time check (PriceBook): non-derivative rows with a price, each restated on today's basis,
    // and a row is a total value when it is more than TotalValuePriceRatio times the median of the others within a week.
    // The median is taken twice: once over every priced row, then over the rows the first pass did not take for totals,
    // so a genuine total value does not pull the week's median up. Fewer than two other rows decide nothing.
    private static IEnumerable<(BsonDocument Row, DataFlag Flags)> Rechecked(List<BsonDocument> rows, SplitHistory splits, DateOnly split)
    {
        var restated = rows.Select(r => (Row: r, Day: r["d"].AsInt32, Price: splits.AdjustPrice(r["px"].AsDecimal, DayNumber.ToDate(r["d"].AsInt32)))).ToList();
        var near = restated.Where(r => Math.Abs(r.Day - DayNumber.Of(split)) <= Around).ToList();

        var firstPass = restated.Select(r => LooksLikeTotal(r, restated)).ToList();
        var reference = restated.Where((_, i) => firstPass[i] != true).ToList();
        foreach (var row in near)
        {
            if (LooksLikeTotal(row, reference) is not { } total) continue;
            var flags = (DataFlag)row.Row["fl"].AsInt32;
            var now = total ? flags | DataFlag.PriceLooksLikeTotal : flags & ~DataFlag.PriceLooksLikeTotal;
            if (now != flags) yield return (row.Row, now);
        }
    }

    private static bool? LooksLikeTotal((BsonDocument Row, int Day, decimal Price) row, List<(BsonDocument Row, int Day, decimal Price)> others)
    {
        var week = others.Where(o => !ReferenceEquals(o.Row, row.Row) && Math.Abs(o.Day - row.Day) <= Around).Select(o => o.Price).Order().ToList();
        if (week.Count < 2) return null;
        return row.Price > week[week.Count / 2] * TransactionClassifier.TotalValuePriceRatio;
    }

    // Rows the flag applies to: non-derivative, priced, and with no data fault but this one (those stay out regardless).
    private static bool IsPriced(BsonDocument d) =>
        d["tb"].AsInt32 == (int)OwnershipTable.NonDerivative && !d["px"].IsNull && d["px"].AsDecimal > 0
        && (d["fl"].AsInt32 & ~(int)DataFlag.PriceLooksLikeTotal) == 0;

    private static IEnumerable<(DateOnly By, SplitRatio Ratio)> Splits(SplitHistory splits) => splits.Splits.Select(s => (s.By, s.Ratio));
}
