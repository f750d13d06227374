namespace InsiderBot.Insights.Splits;

/// <summary>
/// Every company's split evidence, added filing by filing: each new filing re-infers only its company's splits, and the
/// result equals inferring over the whole history (<see cref="SplitInference"/> is order-free). Configured splits
/// (<c>Splits:Known</c>) override an inferred one whose interval holds their date, or add to it.
/// </summary>
public sealed class SplitLedger(SplitOptions options)
{
    private readonly Dictionary<long, Dictionary<string, SplitFacts>> facts = [];
    private readonly Dictionary<long, IReadOnlyList<StockSplit>> inferred = [];

    public SplitOptions Options => options;

    /// <summary>Adds one filing's facts; true when its company's inferred splits changed.</summary>
    public bool Add(SplitFacts filing)
    {
        if (!facts.TryGetValue(filing.IssuerCik, out var byAccession)) facts[filing.IssuerCik] = byAccession = new(StringComparer.Ordinal);
        if (!byAccession.TryAdd(filing.Accession, filing)) return false;
        var before = Inferred(filing.IssuerCik);
        var after = SplitInference.Infer(filing.IssuerCik, byAccession.Values);
        inferred[filing.IssuerCik] = after;
        return !Same(before, after);
    }

    /// <summary>Every split inferred for the company, applied or not, oldest first.</summary>
    public IReadOnlyList<StockSplit> Inferred(long issuerCik) => inferred.GetValueOrDefault(issuerCik) ?? [];

    /// <summary>The splits applied to the company: configured ones, then inferred ones at or above the confidence threshold.</summary>
    public SplitHistory History(long issuerCik)
    {
        var ticker = facts.GetValueOrDefault(issuerCik)?.Values.Select(f => f.TradingSymbol).Where(s => s.Length > 0).Order(StringComparer.Ordinal).FirstOrDefault() ?? "";
        return options.Apply(issuerCik, ticker, Inferred(issuerCik));
    }

    private static bool Same(IReadOnlyList<StockSplit> a, IReadOnlyList<StockSplit> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Ratio == p.Second.Ratio && p.First.After == p.Second.After && p.First.By == p.Second.By &&
            p.First.Confidence == p.Second.Confidence && p.First.Source == p.Second.Source && p.First.Evidence.SequenceEqual(p.Second.Evidence));
}
