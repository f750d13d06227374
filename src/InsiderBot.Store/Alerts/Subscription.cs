namespace InsiderBot.Store.Alerts;

/// <summary>What one channel on one platform asked to be alerted about.</summary>
/// <param name="Tickers">The watchlist; empty means the whole market.</param>
/// <param name="Signals">Signal names from <see cref="AlertKinds"/>.</param>
/// <param name="MinValue">Alerts for signals worth less than this (in dollars) are not sent.</param>
/// <param name="PausedReason">Why posting stopped (the bot lost access to the channel); null when active.</param>
public sealed record Subscription(
    string Platform,
    string Workspace,
    string Channel,
    IReadOnlyList<string> Tickers,
    IReadOnlyList<string> Signals,
    decimal MinValue,
    string? PausedReason = null,
    DateTimeOffset? PausedAt = null)
{
    public string Id => SubscriptionId(Platform, Workspace, Channel);

    public bool IsMarketWide => Tickers.Count == 0;

    public static string SubscriptionId(string platform, string workspace, string channel) => $"{platform}:{workspace}:{channel}";
}
