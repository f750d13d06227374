using System.Collections.Concurrent;
using InsiderBot.Insights.Signals;

namespace InsiderBot.Chat.Commands;

/// <summary>
/// The shown insiders' routine/opportunistic statuses per trade year for one company, window and page of <c>/insiders</c>. Reading
/// the years before the window is most of an answer's cost on a big store, and the same hot tickers are asked again and
/// again; an entry holds while the company's stored trade count is unchanged (every stored trade raises it).
/// </summary>
internal sealed class InsiderStatusCache(int capacity = 4096)
{
    private readonly ConcurrentDictionary<(long Issuer, DateOnly From, DateOnly To, int Page), (int TradeCount, IReadOnlyDictionary<(long Insider, int Year), InsiderStatus> Statuses)> entries = new();

    public IReadOnlyDictionary<(long Insider, int Year), InsiderStatus> Get(
        long issuer, DateOnly from, DateOnly to, int page, int tradeCount, Func<IReadOnlyDictionary<(long Insider, int Year), InsiderStatus>> read)
    {
        if (entries.TryGetValue((issuer, from, to, page), out var entry) && entry.TradeCount == tradeCount) return entry.Statuses;
        var statuses = read();
        if (entries.Count >= capacity) entries.Clear();
        entries[(issuer, from, to, page)] = (tradeCount, statuses);
        return statuses;
    }
}
