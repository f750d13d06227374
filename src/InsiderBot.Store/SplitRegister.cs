using System.Diagnostics;
using InsiderBot.Filings;
using InsiderBot.Insights.Splits;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Store;

/// <summary>
/// Each stored filing's split facts and each company's inferred splits, kept at ingest: a batch records its filings'
/// facts and re-infers the splits of the companies it touched (<see cref="SplitInference"/> is order-free, so this
/// equals inferring over the whole history).
/// </summary>
internal static class SplitRegister
{
    /// <summary>Meta key set once every stored filing has its facts (new stores, and old ones after <see cref="Backfill"/>).</summary>
    public const string BuiltKey = "split-facts-v1";

    public static IReadOnlyList<StockSplit> Inferred(StoreDatabase store, long issuer) =>
        store.Splits.ById(issuer) is { } doc ? SplitDocuments.SplitsFromDocument(doc) : [];

    /// <summary>True when every filing stored since the company's splits were last inferred was vouched for by its watch: they stand as they are.</summary>
    public static bool IsCurrent(StoreDatabase store, long issuer) => store.SplitWatches.Exists(IndexQuery.Equal("_id", issuer));

    /// <summary>
    /// Re-infers one company's splits from its stored facts and keeps the watch that vouches for later filings; true when
    /// the splits to apply changed, with the inferred ones it had before.
    /// </summary>
    public static bool Refresh(StoreDatabase store, long issuer, SplitOptions options, out IReadOnlyList<StockSplit> before)
    {
        var stored = store.Splits.ById(issuer);
        before = stored is null ? [] : SplitDocuments.SplitsFromDocument(stored);
        var facts = SplitFactMonths.Of(store, issuer);
        var after = SplitInference.Infer(issuer, facts, out var watch);
        store.SplitWatches.Upsert(SplitWatchDocuments.ToDocument(issuer, watch));
        if (after.Count == 0)
        {
            if (stored is not null) store.Splits.Delete(issuer);
        }
        else if (SplitDocuments.ToDocument(issuer, after) is var document && !SameBytes(stored, document))
        {
            store.Splits.Upsert(document);
        }

        return !Applied(before, options).SequenceEqual(Applied(after, options));
    }

    /// <summary>
    /// Reads split facts once for a store written before they were kept: company by company, from the stored trades
    /// (transaction rows only: holdings rows and option expiries were not stored, so some splits show only in filings
    /// ingested from now on) and the filings' footnotes. A crash part-way leaves the key unset and the next open redoes it.
    /// </summary>
    public static void Backfill(StoreDatabase store, ILogger logger, int companiesPerTransaction = 50)
    {
        if (store.GetMeta(BuiltKey) is not null) return;
        var started = Stopwatch.GetTimestamp();
        var issuers = IssuerLedger.Ciks(store);
        if (issuers.Count > 0)
            logger.LogInformation("Reading split facts once for a store written before them: {Companies} companies", issuers.Count);
        var found = 0;
        foreach (var part in issuers.Chunk(companiesPerTransaction))
        {
            var filings = part.SelectMany(issuer => StoredFilings(store, issuer)).ToList();
            found += store.InTransaction(() =>
            {
                var months = new SplitFactMonths(store);
                foreach (var filing in filings) months.Record(filing);
                months.Flush();
                return part.Count(issuer => Refresh(store, issuer, new SplitOptions(), out _));
            });
        }

        store.InTransaction(() =>
        {
            store.SetMeta(BuiltKey, "1");
            return true;
        });
        if (issuers.Count > 0)
            logger.LogInformation("Split facts read in {Seconds:0.0} s; {Companies} companies with splits to apply", Stopwatch.GetElapsedTime(started).TotalSeconds, found);
    }

    // Most batches leave a company's splits as they were: its document is then not written again.
    private static bool SameBytes(BsonDocument? stored, BsonDocument document) =>
        stored is not null && BsonSerializer.Serialize(stored).AsSpan().SequenceEqual(BsonSerializer.Serialize(document));

    private static IEnumerable<StockSplit> Applied(IReadOnlyList<StockSplit> splits, SplitOptions options) =>
        splits.Where(s => s.Confidence >= options.MinConfidence).Select(s => s with { Evidence = [], Confidence = 1 });

    // A stored filing as far as split inference reads it: its non-derivative transaction rows and its footnotes.
    private static IEnumerable<Form4Filing> StoredFilings(StoreDatabase store, long issuer)
    {
        var trades = store.Rows.OfIssuer(issuer)
            .Select(TradeDocuments.FromDocument)
            .Where(t => t.Table == OwnershipTable.NonDerivative)
            .ToLookup(t => t.Accession);
        foreach (var doc in store.Filings.OfIssuer(issuer))
        {
            var accession = FilingDocuments.Accession(doc);
            yield return new Form4Filing
            {
                Accession = accession,
                DocumentType = FilingDocuments.DocumentType(doc),
                PeriodOfReport = FilingDocuments.Period(doc) is { } period ? DayNumber.ToDate(period) : null,
                FiledOn = FilingDocuments.Filed(doc) is { } filed ? DayNumber.ToDate(filed) : null,
                Issuer = new Issuer(issuer, FilingDocuments.IssuerName(doc), FilingDocuments.TradingSymbol(doc)),
                Owners = [new ReportingOwner(FilingDocuments.Insider(doc), "", false, false, false, false, "", "")],
                Transactions = trades[accession].Select(t => new FilingTransaction
                {
                    Table = t.Table,
                    Position = t.Position,
                    SecurityTitle = t.SecurityTitle,
                    Date = t.Date,
                    Code = t.Code,
                    Shares = t.Shares,
                    PricePerShare = t.Price,
                    AcquiredDisposed = t.AcquiredDisposed,
                    SharesOwnedAfter = t.OwnedAfter,
                    DirectOrIndirect = t.DirectOrIndirect,
                }).ToList(),
                Footnotes = FilingDocuments.Footnotes(doc).ToList(),
            };
        }
    }
}
