using InsiderBot.Filings;
using InsiderBot.Insights;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>Reporting owners by name, for <c>/insider NAME</c>: kept up to date as filings arrive.</summary>
internal static class InsiderDirectory
{
    /// <summary>Updates the insider documents held by the batch (written when the batch's filings are stored).</summary>
    public static void Record(BatchLedgers batch, Form4Filing filing)
    {
        var filer = InsiderKey.Of(filing);
        foreach (var owner in filing.Owners)
        {
            var doc = Added(batch.Insider(owner.Cik), owner.Cik, owner.Name, filer, TickerSymbol.FromFiling(filing.Issuer.TradingSymbol).FirstOrDefault() ?? filing.Issuer.Name);
            batch.KeepInsider(owner.Cik, doc);
        }
    }

    public static void RecordStored(StoreDatabase store, BsonDocument filing)
    {
        var company = FilingDocuments.Company(filing);
        foreach (var (cik, name) in FilingDocuments.Owners(filing))
        {
            var existing = store.Insiders.ById(cik);
            if (existing is not null && InsiderDocuments.Lists(existing, company)) continue;
            Add(store, cik, name, FilingDocuments.Insider(filing), company);
        }
    }

    private static void Add(StoreDatabase store, long cik, string name, long filer, string company) =>
        store.Insiders.Upsert(Added(store.Insiders.ById(cik), cik, name, filer, company));

    private static BsonDocument Added(BsonDocument? existing, long cik, string name, long filer, string company)
    {
        var doc = existing ?? InsiderDocuments.New(cik, name, filer);
        if (name.Length > 0) InsiderDocuments.Rename(doc, name);
        if (company.Length > 0 && !InsiderDocuments.Lists(doc, company)) InsiderDocuments.AddCompany(doc, company);
        InsiderDocuments.SetFilingCount(doc, InsiderDocuments.FilingCount(doc) + 1);
        return doc;
    }

    public static IReadOnlyList<InsiderRecord> Find(StoreDatabase store, string name, int max)
    {
        var wanted = Words(name);
        if (wanted.Count == 0) return [];
        return All(store)
            .Where(r => wanted.All(w => Words(r.Name).Any(n => n.StartsWith(w, StringComparison.Ordinal))))
            .OrderByDescending(r => Words(r.Name).Count == wanted.Count).ThenByDescending(r => r.Filings).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    public static IReadOnlyList<InsiderRecord> Suggest(StoreDatabase store, string name, int max)
    {
        var wanted = Words(name);
        if (wanted.Count == 0) return [];
        return All(store)
            .Select(r => (Record: r, Distance: wanted.Sum(w => Words(r.Name).Select(n => Math.Min(EditDistance.Levenshtein(w, n), EditDistance.Levenshtein(w, n[..Math.Min(n.Length, w.Length)]))).DefaultIfEmpty(99).Min())))
            .Where(x => x.Distance <= Math.Max(2, wanted.Sum(w => w.Length) / 3))
            .OrderBy(x => x.Distance).ThenByDescending(x => x.Record.Filings).ThenBy(x => x.Record.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Record)
            .ToList();
    }

    private static IEnumerable<InsiderRecord> All(StoreDatabase store) =>
        store.Insiders.FindAll().Select(InsiderDocuments.ToRecord);

    private static List<string> Words(string text) =>
        text.ToUpperInvariant().Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries).ToList();
}
