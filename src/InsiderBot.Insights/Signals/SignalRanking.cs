namespace InsiderBot.Insights.Signals;

/// <summary>The one order signals are shown and listed in, computed or stored.</summary>
public static class SignalRanking
{
    /// <summary>Opportunistic first, routine last; then clean cluster buys, the other kinds in order, newest first.</summary>
    public static List<T> Rank<T>(IEnumerable<T> signals) where T : IRankedSignal =>
        signals
            .OrderBy(s => s.Status switch { InsiderStatus.Opportunistic => 0, InsiderStatus.Unknown => 1, _ => 2 })
            .ThenBy(s => s.Kind)
            .ThenBy(s => s.IsMixed)
            .ThenByDescending(s => s.To)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
}
