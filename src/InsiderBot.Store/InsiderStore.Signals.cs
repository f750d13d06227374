using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>The signals half of the store: re-evaluation of touched companies, and the questions the commands ask.</summary>
public sealed partial class InsiderStore
{
    private const string SignalsComputedKey = "signals-computed-v1";
    private const string SignalSettingsKey = "signals-settings";
    private readonly SignalEngine engine = new(signalOptions?.Value ?? new SignalOptions());
    private long deferredBatches; // bumped after each deferred batch commits
    private long settledAt = -1;  // deferredBatches when EnsureSignals last found nothing left to do

    public SignalOptions SignalSettings => engine.Options;

    /// <summary>Re-evaluates the companies the given (already stored) filings touch; returns what changed.</summary>
    public IReadOnlyList<SignalChange> RefreshSignals(IEnumerable<string> accessions)
    {
        var ids = accessions.ToList();
        return store.InTransaction(() => EvaluateIssuers(ids
            .Select(a => store.Filings.Find(a))
            .Where(d => d is not null)
            .Select(d => FilingDocuments.Issuer(d!))));
    }

    /// <summary>The full recompute: every company's signals from its trades, and the insider directory.</summary>
    public IReadOnlyList<SignalChange> RecomputeSignals()
    {
        var changes = store.InTransaction(() =>
        {
            var issuers = store.Filings.All().Select(FilingDocuments.Issuer)
                .Concat(store.Signals.FindAll().Select(SignalDocuments.Issuer));
            foreach (var filing in store.Filings.All().ToList()) InsiderDirectory.RecordStored(store, filing);
            store.PendingSignals.DeleteAll();
            return EvaluateIssuers(issuers);
        });
        store.SetMeta(SignalsComputedKey, time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        store.SetMeta(SignalSettingsKey, DetectionSettings);
        return changes;
    }

    /// <summary>
    /// Computes signals once for a store filled before signals existed, again when the <c>Signals:*</c> settings that
    /// decide them changed since, and those an interrupted import deferred.
    /// </summary>
    public void EnsureSignals()
    {
        // Every command asks this first: once the store is found settled, answer from memory until a deferred batch lands.
        var seen = Interlocked.Read(ref deferredBatches);
        if (Interlocked.Read(ref settledAt) == seen) return;
        EnsureSignalsNow();
        if (!HasPendingSignals) Interlocked.Exchange(ref settledAt, seen);
    }

    private void EnsureSignalsNow()
    {
        var settings = store.GetMeta(SignalSettingsKey);
        if (store.GetMeta(SignalsComputedKey) is not null && (settings is null || settings == DetectionSettings))
        {
            if (settings is null) store.SetMeta(SignalSettingsKey, DetectionSettings); // computed before the key existed
            if (HasPendingSignals) EvaluatePendingSignals();
            return;
        }

        if (IsEmpty)
        {
            store.SetMeta(SignalsComputedKey, "empty");
            store.SetMeta(SignalSettingsKey, DetectionSettings);
        }
        else
        {
            if (settings is not null && settings != DetectionSettings) RecheckSplitPrices(settings);
            RecomputeSignals();
        }
    }

    /// <summary>Every trade of one company, oldest to newest as stored (superseded trades left out).</summary>
    public IReadOnlyList<InsiderTrade> AllTradesForIssuer(long issuerCik) =>
        Newest(store.Rows.CurrentTradesOfIssuer(issuerCik, 0, DayNumber.Last));

    /// <summary>Stored trades by id, in the order asked (unknown ids left out); each filing's rows are read once.</summary>
    public IReadOnlyList<InsiderTrade> TradesByIds(IEnumerable<string> ids)
    {
        var wanted = ids.ToList();
        var found = new Dictionary<string, BsonDocument>(StringComparer.Ordinal);
        foreach (var accession in wanted.Select(TradeDocuments.AccessionOf).Distinct(StringComparer.Ordinal))
        {
            if (store.Filings.Find(accession) is not { } filing) continue;
            foreach (var row in store.TradesOfFiling(filing)) found[TradeDocuments.Id(row)] = row;
        }

        return wanted.Where(found.ContainsKey).Select(id => TradeDocuments.FromDocument(found[id])).ToList();
    }

    private readonly CommittedReads<(long Issuer, DateOnly From, DateOnly To), IReadOnlyList<SignalRecord>> windowSignals = new(store);

    /// <summary>
    /// A company's stored signals whose last day falls between two dates, ranked. Every answer about a company asks for
    /// its window's signals, which change only when a write commits: they are remembered until then.
    /// </summary>
    public IReadOnlyList<SignalRecord> SignalsForIssuer(long issuerCik, DateOnly from, DateOnly to) =>
        windowSignals.Get((issuerCik, from, to), window =>
            Ranked(store.Signals.Find(IndexQuery.Between("ik", DayNumber.Key(window.Issuer, window.From), DayNumber.Key(window.Issuer, window.To)))).AsReadOnly());

    /// <summary>Market-wide signals of one kind whose last day falls between two dates, ranked.</summary>
    public IReadOnlyList<SignalRecord> SignalsOfKind(SignalKind kind, DateOnly from, DateOnly to) =>
        Ranked(store.Signals.Find(IndexQuery.Between("kd", DayNumber.Key((long)kind, from), DayNumber.Key((long)kind, to))));

    public IReadOnlyList<SignalRecord> AllSignals() => Ranked(store.Signals.FindAll());

    /// <summary>The newest stored signal of a kind, for "latest: …" hints.</summary>
    public SignalRecord? LatestSignal(SignalKind kind) =>
        store.Signals.Find(IndexQuery.Between("kd", DayNumber.KeyStart((long)kind), DayNumber.KeyEnd((long)kind)))
            .OrderByDescending(SignalDocuments.LastDay).Select(SignalDocuments.FromDocument).FirstOrDefault();

    /// <summary>Insiders whose name contains every word typed (any order, case-insensitive), busiest first.</summary>
    public IReadOnlyList<InsiderRecord> FindInsiders(string name, int max = 10) => InsiderDirectory.Find(store, name, max);

    /// <summary>Close spellings when <see cref="FindInsiders"/> finds no one.</summary>
    public IReadOnlyList<InsiderRecord> SuggestInsiders(string name, int max = 5) => InsiderDirectory.Suggest(store, name, max);

    private static List<SignalRecord> Ranked(IEnumerable<BsonDocument> documents) =>
        SignalRanking.Rank(documents.Select(SignalDocuments.FromDocument));

    private List<SignalChange> EvaluateIssuers(IEnumerable<long> issuers) =>
        EvaluateIssuers(issuers.Distinct().ToDictionary(i => i, _ => DateOnly.MinValue));

    /// <summary>
    /// Re-evaluates each company from the earliest day its trades changed (<see cref="DateOnly.MinValue"/>: all of
    /// its history). Only the signals that can depend on that day are recomputed and reconciled: from the day
    /// <see cref="SignalWindow"/> picks, with the trades from that day on and the narrow lookbacks before it.
    /// <see cref="SignalReconciliation"/> decides what changed; this writes it.
    /// </summary>
    private List<SignalChange> EvaluateIssuers(IReadOnlyDictionary<long, DateOnly> changedFrom)
    {
        var now = time.GetUtcNow();
        var changes = new List<SignalChange>();
        foreach (var (issuer, changed) in changedFrom.OrderBy(p => p.Key))
        {
            var from = changed == DateOnly.MinValue ? changed : SignalWindow.From(changed, engine.Options, (first, last) =>
                store.Signals.Find(IndexQuery.Between("ik", DayNumber.Key(issuer, first), DayNumber.Key(issuer, last))).Select(SignalDocuments.FromDocument));
            var earlier = from == DateOnly.MinValue ? IEarlierTrades.None : new StoredEarlierTrades(store, issuer, from);
            var fresh = engine.EvaluateIssuer(issuer, TradesForIssuer(issuer, from, DateOnly.MaxValue), earlier, from, SplitsFor(issuer));
            var stored = store.Signals.Find(IndexQuery.Between("ik", DayNumber.Key(issuer, from), DayNumber.KeyEnd(issuer)))
                .Select(SignalDocuments.FromDocument).Where(s => s.From >= from);
            foreach (var revision in SignalReconciliation.Reconcile(fresh, stored))
            {
                switch (revision)
                {
                    case { Kind: SignalChangeKind.New, Current: { } signal }:
                        var created = SignalRecord.Of(signal, now, now, 1);
                        store.Signals.Insert(SignalDocuments.ToDocument(created));
                        changes.Add(new SignalChange(SignalChangeKind.New, created, signal));
                        break;
                    case { Kind: SignalChangeKind.Grown or SignalChangeKind.Changed, Current: { } signal, Before: { } before }:
                        var updated = SignalRecord.Of(signal, before.FirstSeen, now, before.Version + 1);
                        store.Signals.Update(SignalDocuments.ToDocument(updated));
                        changes.Add(new SignalChange(revision.Kind, updated, signal));
                        break;
                    case { Kind: SignalChangeKind.Withdrawn, Before: { } gone }:
                        store.Signals.Delete(gone.Id);
                        changes.Add(new SignalChange(SignalChangeKind.Withdrawn, gone));
                        break;
                }
            }
        }

        return changes;
    }
}
