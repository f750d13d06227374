using InsiderBot.Chat.Formatting;
using InsiderBot.Store.Alerts;

namespace InsiderBot.Chat.Alerts;

/// <summary>A subscription in words: "clean cluster buying and unexplained C-suite selling for AAPL, MSFT, worth at least $1M".</summary>
public static class SubscriptionWords
{
    public static string Describe(Subscription s)
    {
        var kinds = s.Signals.Select(AlertKinds.Describe).ToList();
        var what = kinds.Count switch
        {
            0 => "no signals",
            1 => kinds[0],
            _ => string.Join(", ", kinds.Take(kinds.Count - 1)) + " and " + kinds[^1],
        };
        var where = s.IsMarketWide ? "across the whole market" : "for " + string.Join(", ", s.Tickers);
        var size = s.MinValue > 0 ? $", worth at least {Amounts.Money(s.MinValue)}" : "";
        var paused = s.PausedReason is { } reason ? $" — paused: {reason}. /subscribe again to resume." : "";
        return $"{what} {where}{size}{paused}";
    }
}
