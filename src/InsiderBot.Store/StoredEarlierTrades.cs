using InsiderBot.Insights;
using InsiderBot.Insights.Signals;

namespace InsiderBot.Store;

/// <summary>
/// One company's trades older than an evaluation window, asked per insider and only when a detector needs them:
/// a short range scan of the insider's own (insider, day) index, remembered for the rest of the evaluation.
/// </summary>
internal sealed class StoredEarlierTrades(Func<long, DateOnly, IReadOnlyList<InsiderTrade>> insiderTradesBefore, long issuerCik, DateOnly windowStart) : IEarlierTrades
{
    private readonly Dictionary<long, List<InsiderTrade>> byInsider = [];

    public InsiderTrade? FirstTrade(long insiderCik) => Of(insiderCik).FirstOrDefault();

    public bool HasMarketTrade(long insiderCik) => Of(insiderCik).Any(t => t.Code is "P" or "S");

    public InsiderTrade? LastSale(long insiderCik) => Of(insiderCik).LastOrDefault(t => t.Code == "S" || t.Classification.IsSale);

    // Oldest first, ties by id: the order the detectors read.
    private List<InsiderTrade> Of(long insiderCik)
    {
        if (byInsider.TryGetValue(insiderCik, out var known)) return known;
        var trades = SignalTrades.InOrder(insiderTradesBefore(insiderCik, windowStart.AddDays(-1))
            .Where(t => t.IssuerCik == issuerCik && !t.Classification.IsFlagged));
        byInsider[insiderCik] = trades;
        return trades;
    }
}
