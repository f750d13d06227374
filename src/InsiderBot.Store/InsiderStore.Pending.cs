using LiteDB;

namespace InsiderBot.Store;

/// <summary>Deferred signal evaluation for bulk imports: each touched company once per import, not once per batch.</summary>
public sealed partial class InsiderStore
{
    // Every page a transaction reads stays pinned in LiteDB's cache until the transaction ends, and the cache keeps its
    // high-water mark for the life of the connection: a few dozen companies' windows per transaction keep it small.
    private const int PendingIssuersPerTransaction = 50;

    // A chunk of 200 of the busiest companies of a ten-year store read ~2M rows and held 2.3 GB. A chunk also stops at
    // this many stored trades (one company at least).
    private const int PendingTradesPerTransaction = 20_000;

    /// <summary>True when a bulk import stored trades whose signals are not evaluated yet.</summary>
    public bool HasPendingSignals => store.PendingSignals.Count() > 0;

    /// <summary>
    /// Evaluates every company a deferred import touched, from the earliest day it changed, in transactions of up to 50
    /// companies and 20,000 stored trades (each removes its companies' records in the same transaction); returns what changed.
    /// </summary>
    public IReadOnlyList<SignalChange> EvaluatePendingSignals()
    {
        var all = new List<SignalChange>();
        EvaluatePendingSignals((_, changes) => all.AddRange(changes));
        return all;
    }

    /// <summary>
    /// As <see cref="EvaluatePendingSignals()"/>, but hands each committed transaction's companies count and changes to
    /// <paramref name="committed"/> instead of collecting them, so a whole-history import holds one chunk at a time.
    /// Returns how many companies were evaluated.
    /// </summary>
    public long EvaluatePendingSignals(Action<int, IReadOnlyList<SignalChange>> committed)
    {
        var handlers = signalHandlers?.ToList() ?? [];
        long companies = 0;
        while (true)
        {
            var evaluated = 0;
            var changes = store.InTransaction(() =>
            {
                var chunk = PendingChunk();
                if (chunk.Count == 0) return null;
                foreach (var doc in chunk) store.PendingSignals.Delete(PendingDocuments.Issuer(doc));
                var changedFrom = chunk.ToDictionary(PendingDocuments.Issuer, PendingDocuments.ChangedFrom);
                RefreshSplits([.. changedFrom.Keys], changedFrom);
                var found = EvaluateIssuers(changedFrom);
                foreach (var handler in handlers) handler.Record(found);
                evaluated = chunk.Count;
                return found;
            });
            if (changes is null) return companies;
            if (changes.Count > 0)
            {
                foreach (var handler in handlers) handler.Committed();
            }

            companies += evaluated;
            committed(evaluated, changes);
        }
    }

    private List<BsonDocument> PendingChunk()
    {
        var chunk = new List<BsonDocument>();
        var trades = 0;
        foreach (var pending in store.PendingSignals.FindAll())
        {
            var count = IssuerLedger.Find(store, PendingDocuments.Issuer(pending))?.TradeCount ?? 0;
            if (chunk.Count > 0 && (chunk.Count == PendingIssuersPerTransaction || trades + count > PendingTradesPerTransaction)) break;
            chunk.Add(pending);
            trades += count;
        }

        return chunk;
    }

    private void Defer(Dictionary<long, DateOnly> changedFrom)
    {
        foreach (var (issuer, day) in changedFrom)
        {
            var known = store.PendingSignals.ById(issuer);
            if (known is not null && PendingDocuments.ChangedFrom(known) <= day) continue;
            KnownDocuments.Write(store.PendingSignals, PendingDocuments.ToDocument(issuer, day), stored: known is not null);
        }
    }

    // A live batch touching a company an unfinished import deferred evaluates from the deferred day too, and clears it.
    private Dictionary<long, DateOnly> WithPending(Dictionary<long, DateOnly> changedFrom)
    {
        if (store.PendingSignals.Count() == 0) return changedFrom;
        foreach (var issuer in changedFrom.Keys.ToList())
        {
            if (store.PendingSignals.ById(issuer) is not { } pending) continue;
            var day = PendingDocuments.ChangedFrom(pending);
            if (day < changedFrom[issuer]) changedFrom[issuer] = day;
            store.PendingSignals.Delete(issuer);
        }

        return changedFrom;
    }
}
