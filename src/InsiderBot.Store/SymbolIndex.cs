namespace InsiderBot.Store;

/// <summary>
/// Resolves tickers to issuers and suggests close matches for a mistyped one. Resolved tickers and the symbol list are
/// remembered until the next write ends (<see cref="CommittedReads{TKey, TValue}"/>): every command starts with this
/// lookup, and it was two LiteDB queries per answer.
/// </summary>
internal sealed class SymbolIndex(StoreDatabase store, int capacity = 4096)
{
    private readonly CommittedReads<string, IssuerRecord?> resolved = new(store, capacity);
    private readonly CommittedReads<bool, IReadOnlyList<(string Symbol, long Cik, string Name)>> everySymbol = new(store, capacity: 1);

    public IssuerRecord? Find(string ticker) => resolved.Get(TickerSymbol.Normalize(ticker), Read);

    private IssuerRecord? Read(string symbol)
    {
        var doc = store.Symbols.ById(symbol);
        if (doc is null) return null;
        var cik = SymbolDocuments.Cik(doc);
        var known = IssuerLedger.Find(store, cik);
        return known is null
            ? new IssuerRecord(cik, SymbolDocuments.Name(doc), SymbolDocuments.Symbol(doc), null, 0)
            : known with { Ticker = SymbolDocuments.Symbol(doc) };
    }

    public IReadOnlyList<IssuerRecord> Suggest(string ticker, int max)
    {
        var wanted = TickerSymbol.Normalize(ticker);
        var all = everySymbol.Get(true, _ => store.Symbols.FindAll().Select(d => (SymbolDocuments.Symbol(d), SymbolDocuments.Cik(d), SymbolDocuments.Name(d))).ToList());
        return all
            .Select(s => (s, Distance: Distance(wanted, s.Symbol)))
            .Where(x => x.Distance <= Math.Max(1, wanted.Length / 3) || (wanted.Length >= 2 && x.s.Symbol.StartsWith(wanted, StringComparison.Ordinal)))
            .Select(x => (x.Distance, Record: IssuerLedger.Find(store, x.s.Cik) is { } r ? r with { Ticker = x.s.Symbol } : new IssuerRecord(x.s.Cik, x.s.Name, x.s.Symbol, null, 0)))
            .OrderBy(x => x.Distance).ThenByDescending(x => x.Record.TradeCount).ThenBy(x => x.Record.Ticker, StringComparer.Ordinal)
            .Select(x => x.Record)
            .DistinctBy(r => r.Ticker)
            .Take(max)
            .ToList();
    }

    public int ImportMap(IEnumerable<(string Ticker, long Cik, string Name)> entries)
    {
        var count = 0;
        foreach (var (ticker, cik, name) in entries)
        {
            if (!TickerSymbol.IsValid(ticker)) continue;
            var symbol = TickerSymbol.Normalize(ticker);
            var existing = store.Symbols.ById(symbol);
            if (existing is not null && SymbolDocuments.IsFromFiling(existing)) continue;
            store.Symbols.Upsert(SymbolDocuments.FromTickerMap(symbol, cik, name));
            count++;
        }

        return count;
    }

    /// <summary>Tickers more than three letters longer or shorter are never close: not worth the full comparison.</summary>
    private static int Distance(string a, string b) => Math.Abs(a.Length - b.Length) > 3 ? 99 : EditDistance.Levenshtein(a, b);
}
