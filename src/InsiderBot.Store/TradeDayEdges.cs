using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The first and last day of any stored trade (superseded ones included), kept at ingest in the batch's transaction:
/// <c>/status</c> shows the last and the market ratio's tallies start at the first. Layout 1 read them off an index on
/// the day that cost every trade an index entry.
/// </summary>
internal static class TradeDayEdges
{
    private const string Key = "trade-days";

    public static (int First, int Last)? Read(StoreDatabase store) =>
        store.Meta.ById(Key) is { } doc ? MetaDocuments.TradeDaysOf(doc) : null;

    /// <summary>Widens the edges to a batch's trade days; call inside the batch's transaction.</summary>
    public static void Widen(StoreDatabase store, int first, int last)
    {
        if (Read(store) is { } known)
        {
            if (known.First <= first && known.Last >= last) return;
            (first, last) = (Math.Min(first, known.First), Math.Max(last, known.Last));
        }

        Write(store, first, last);
    }

    /// <summary>Reads the edges off each company's first and last key (after trades were removed, or for an older store).</summary>
    public static void Recount(StoreDatabase store)
    {
        int? first = null, last = null;
        foreach (var issuer in IssuerLedger.Ciks(store))
        {
            if (store.Rows.DaysOf(issuer) is not { } days) continue;
            first = Math.Min(first ?? int.MaxValue, days.First);
            last = Math.Max(last ?? int.MinValue, days.Last);
        }

        if (first is null) store.Meta.Delete(Key);
        else Write(store, first.Value, last!.Value);
    }

    private static void Write(StoreDatabase store, int first, int last) =>
        store.Meta.Upsert(MetaDocuments.TradeDays(Key, first, last));
}
