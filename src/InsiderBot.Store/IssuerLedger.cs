using InsiderBot.Filings;
using InsiderBot.Insights;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>Keeps one document per issuer up to date as filings arrive: name, ticker, latest activity, trade count.</summary>
internal static class IssuerLedger
{
    /// <summary>Updates the issuer document held by the batch (written when the batch's filings are stored).</summary>
    public static void Record(StoreDatabase store, BatchLedgers batch, Form4Filing filing, string ticker, IReadOnlyList<InsiderTrade> trades)
    {
        var cik = filing.Issuer.Cik;
        var doc = batch.Issuer(cik) ?? IssuerDocuments.New(cik);
        IssuerDocuments.Record(doc, filing.Issuer.Name, ticker, trades.Count, trades.Count > 0 ? trades.Max(t => DayNumber.Of(t.Date)) : null);

        batch.Keep(cik, doc);
        foreach (var symbol in TickerSymbol.FromFiling(filing.Issuer.TradingSymbol))
        {
            if (!batch.FirstSight(symbol, cik)) continue;
            var existing = store.Symbols.ById(symbol);
            if (existing is not null && SymbolDocuments.IsFromFiling(existing) && SymbolDocuments.Cik(existing) == cik) continue;
            store.Symbols.Upsert(SymbolDocuments.FromFiling(symbol, cik, filing.Issuer.Name));
        }
    }

    /// <summary>Every issuer the store has a document for (every company with a stored filing), ascending.</summary>
    public static List<long> Ciks(StoreDatabase store) =>
        store.Issuers.Query().Select(BsonExpression.Create("{ _id: $._id }")).ToEnumerable().Select(IssuerDocuments.Cik).ToList();

    public static IssuerRecord? Find(StoreDatabase store, long cik)
    {
        var doc = store.Issuers.ById(cik);
        return doc is null ? null : IssuerDocuments.ToRecord(doc);
    }

    public static IReadOnlyList<IssuerRecord> Busiest(StoreDatabase store, int count) =>
        store.Issuers.FindAll()
            .Where(d => IssuerDocuments.Ticker(d).Length > 0 && IssuerDocuments.TradeCount(d) > 0)
            .OrderByDescending(IssuerDocuments.TradeCount)
            .Take(count)
            .Select(IssuerDocuments.ToRecord)
            .ToList();
}
