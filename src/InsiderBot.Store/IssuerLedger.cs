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
        var doc = batch.Issuer(cik) ?? new BsonDocument { ["_id"] = cik, ["cnt"] = 0, ["latest"] = BsonValue.Null, ["tk"] = "" };
        if (filing.Issuer.Name.Length > 0) doc["n"] = filing.Issuer.Name;
        if (ticker.Length > 0) doc["tk"] = ticker;
        doc["cnt"] = doc["cnt"].AsInt32 + trades.Count;
        if (trades.Count > 0)
        {
            var latest = trades.Max(t => DayNumber.Of(t.Date));
            if (doc["latest"].IsNull || doc["latest"].AsInt32 < latest) doc["latest"] = latest;
        }

        batch.Keep(cik, doc);
        foreach (var symbol in TickerSymbol.FromFiling(filing.Issuer.TradingSymbol))
        {
            if (!batch.FirstSight(symbol, cik)) continue;
            var existing = store.Symbols.FindById(symbol);
            if (existing is not null && existing["src"].AsString == "filing" && existing["cik"].AsInt64 == cik) continue;
            store.Symbols.Upsert(new BsonDocument { ["_id"] = symbol, ["cik"] = cik, ["n"] = filing.Issuer.Name, ["src"] = "filing" });
        }
    }

    /// <summary>Every issuer the store has a document for (every company with a stored filing), ascending.</summary>
    public static List<long> Ciks(StoreDatabase store) =>
        store.Issuers.Query().Select(BsonExpression.Create("{ _id: $._id }")).ToEnumerable().Select(d => d["_id"].AsInt64).ToList();

    public static IssuerRecord? Find(StoreDatabase store, long cik)
    {
        var doc = store.Issuers.FindById(cik);
        return doc is null ? null : ToRecord(doc);
    }

    public static IReadOnlyList<IssuerRecord> Busiest(StoreDatabase store, int count) =>
        store.Issuers.FindAll()
            .Where(d => d["tk"].AsString.Length > 0 && d["cnt"].AsInt32 > 0)
            .OrderByDescending(d => d["cnt"].AsInt32)
            .Take(count)
            .Select(ToRecord)
            .ToList();

    public static IssuerRecord ToRecord(BsonDocument d) => new(
        d["_id"].AsInt64,
        d["n"].IsString ? d["n"].AsString : "",
        d["tk"].AsString,
        d["latest"].IsNull ? null : DayNumber.ToDate(d["latest"].AsInt32),
        d["cnt"].AsInt32);
}
