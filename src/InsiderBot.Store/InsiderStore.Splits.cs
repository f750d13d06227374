using InsiderBot.Insights.Splits;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store;

/// <summary>The splits half of the store: each company's splits, inferred as filings arrive, and the prices restated across them.</summary>
public sealed partial class InsiderStore
{
    private readonly SplitOptions splitSettings = splitOptions?.Value ?? new SplitOptions();

    /// <summary>The splits applied to a company's prices (configured, and inferred ones sure enough), oldest first.</summary>
    public SplitHistory SplitsFor(long issuerCik) =>
        splitSettings.Apply(issuerCik, FindIssuer(issuerCik)?.Ticker ?? "", SplitRegister.Inferred(store, issuerCik));

    /// <summary>Every split inferred for a company, applied or not, with its evidence and confidence.</summary>
    public IReadOnlyList<StockSplit> InferredSplits(long issuerCik) => SplitRegister.Inferred(store, issuerCik);

    /// <summary>The settings the stored signals were computed under: the signal thresholds and what decides the applied splits.</summary>
    private string DetectionSettings => $"{engine.Options.DetectionFingerprint}|splits:{splitSettings.Fingerprint}";

    // A company whose applied splits changed is re-evaluated over all of its history: every price moved.
    private void RefreshSplits(IReadOnlyList<long> issuers, Dictionary<long, DateOnly> changedFrom)
    {
        foreach (var issuer in issuers.Order())
        {
            if (SplitRegister.Refresh(store, issuer, splitSettings)) changedFrom[issuer] = DateOnly.MinValue;
        }
    }
}
