using InsiderBot.Insights.Signals;

namespace InsiderBot.Insights.Tests.Signals;

/// <summary>A company's trades before an evaluation window, answered from a list, noting each question asked of them.</summary>
internal sealed class RecordingEarlierTrades(IReadOnlyList<InsiderTrade> before) : IEarlierTrades
{
    private readonly List<InsiderTrade> ordered = SignalTrades.InOrder(before.Where(t => !t.Classification.IsFlagged));

    public List<string> Asked { get; } = [];

    public InsiderTrade? FirstTrade(long insiderCik) =>
        Note($"first {insiderCik}", ordered.FirstOrDefault(t => t.InsiderCik == insiderCik));

    public IReadOnlyList<DateOnly> MarketTradeDays(long insiderCik, DateOnly since) =>
        Note($"market {insiderCik}", ordered.Where(t => t.InsiderCik == insiderCik && t.Date >= since && t.Code is "P" or "S").Select(t => t.Date).Distinct().ToList());

    public InsiderTrade? LastSale(long insiderCik) =>
        Note($"last sale {insiderCik}", Sales(insiderCik).LastOrDefault());

    public bool SoldSince(long insiderCik, DateOnly since) =>
        Note($"sold since {insiderCik}", Sales(insiderCik).Any(t => t.Date >= since));

    public IReadOnlyList<InsiderTrade> Conversions(long insiderCik, DateOnly since) =>
        Note($"conversions {insiderCik}", ordered.Where(t => t.InsiderCik == insiderCik && t.Date >= since && t.Code == "C").ToList());

    public IReadOnlyList<InsiderTrade> PricedSince(DateOnly since) =>
        Note("priced", ordered.Where(t => t.Date >= since && SignalTrades.HasMarketPrice(t)).ToList());

    private IEnumerable<InsiderTrade> Sales(long insiderCik) =>
        ordered.Where(t => t.InsiderCik == insiderCik && SignalTrades.IsSale(t));

    private T Note<T>(string question, T answer)
    {
        Asked.Add(question);
        return answer;
    }
}
