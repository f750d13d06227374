using InsiderBot.Insights.Splits;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store;

/// <summary>The splits half of the store: each company's splits, inferred as filings arrive, and the prices restated across them.</summary>
public sealed partial class InsiderStore
{
    private readonly SplitOptions splitSettings = splitOptions?.Value ?? new SplitOptions();

    private readonly CommittedReads<long, SplitHistory> appliedSplits = new(store);

    /// <summary>
    /// The splits applied to a company's prices (configured, and inferred ones sure enough), oldest first. Every answer
    /// about a company reads them, and they change only when a write commits: they are remembered until then.
    /// </summary>
    public SplitHistory SplitsFor(long issuerCik) => appliedSplits.Get(issuerCik, ReadSplits);

    private SplitHistory ReadSplits(long issuerCik) =>
        splitSettings.Apply(issuerCik, FindIssuer(issuerCik)?.Ticker ?? "", SplitRegister.Inferred(store, issuerCik));

    /// <summary>Every split inferred for a company, applied or not, with its evidence and confidence.</summary>
    public IReadOnlyList<StockSplit> InferredSplits(long issuerCik) => SplitRegister.Inferred(store, issuerCik);

    /// <summary>The settings the stored signals were computed under: the signal thresholds and what decides the applied splits.</summary>
    private string DetectionSettings => $"{engine.Options.DetectionFingerprint}|splits:{splitSettings.Fingerprint}";

    // A company whose applied splits changed is re-evaluated over all of its history: every price moved. One whose new
    // filings its split watch vouched for keeps its splits without an inference over its whole history.
    private void RefreshSplits(IReadOnlyList<long> issuers, Dictionary<long, DateOnly> changedFrom)
    {
        foreach (var issuer in issuers.Order())
        {
            if (SplitRegister.IsCurrent(store, issuer) || !SplitRegister.Refresh(store, issuer, splitSettings, out var inferredBefore)) continue;
            changedFrom[issuer] = DateOnly.MinValue;
            // Prices around a split that moved are compared on another basis now: their total-value flags are read again.
            var ticker = FindIssuer(issuer)?.Ticker ?? "";
            var before = splitSettings.Apply(issuer, ticker, inferredBefore);
            if (TotalValueFlags.Recheck(store, issuer, before, SplitsFor(issuer)) is { } flagged) DecisionDayLedger.Invalidate(store, flagged);
        }
    }

    /// <summary>
    /// After the <c>Splits</c> settings changed (a configured split, the confidence bar): the total-value flags around
    /// every split configured (now or under <paramref name="previousSettings"/>) or inferred, applied or not, are read
    /// again on the splits now applied.
    /// </summary>
    private void RecheckSplitPrices(string previousSettings)
    {
        var issuers = store.Splits.FindAll().Select(SplitDocuments.Issuer).ToHashSet();
        var configured = new List<(long Issuer, DateOnly Day)>();
        foreach (var (ticker, day) in splitSettings.Known.Select(k => (k.Ticker.Trim(), k.Date)).Concat(SplitOptions.KnownIn(previousSettings)))
        {
            if (FindIssuer(ticker) is not { } issuer) continue;
            issuers.Add(issuer.Cik);
            configured.Add((issuer.Cik, day));
        }

        store.InTransaction(() =>
        {
            foreach (var issuer in issuers.Order())
            {
                var applied = SplitsFor(issuer);
                var days = applied.Splits.Concat(InferredSplits(issuer)).Select(s => s.By)
                    .Concat(configured.Where(c => c.Issuer == issuer).Select(c => c.Day));
                if (TotalValueFlags.Recheck(store, issuer, applied, days) is { } flagged) DecisionDayLedger.Invalidate(store, flagged);
            }

            return true;
        });
    }
}
