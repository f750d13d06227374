using InsiderBot.Chat.Alerts;
using InsiderBot.Chat.Replies;
using InsiderBot.Import;
using InsiderBot.Store;
using InsiderBot.Store.Alerts;

namespace InsiderBot.Chat.Commands;

/// <summary><c>/subscribe [TICKER… | all] [signals:…] [min_value:…]</c>: alerts for this channel. Resumes a paused channel.</summary>
public sealed class SubscribeCommand(SubscriptionStore subscriptions, InsiderStore store, StoreSeeder seeder) : IImmediateCommand
{
    public string Name => "subscribe";

    public string Description => "Alert this channel about insider signals for a watchlist or the whole market";

    public IReadOnlyList<CommandParameter> Parameters { get; } =
    [
        new("tickers", "Tickers to watch (AAPL MSFT), or all for the whole market (default all)", TakesRest: true),
        new("signals", $"Signals to alert on (default {string.Join(", ", AlertKinds.Default)}); any of {string.Join(", ", AlertKinds.All)}"),
        new("min_value", "Smallest signal worth an alert, in dollars (e.g. 250000 or 1M)"),
    ];

    public StoreReadiness Readiness => new(seeder, store, signals: false);

    public bool RequiresManage => true;

    public ChatReply Execute(CommandInput input)
    {
        var request = SubscriptionArguments.Parse(input.Arguments, store);
        if (request.Error is { } error) return ChatReply.Error(error);

        var origin = input.Origin;
        var existing = subscriptions.Find(origin.Platform, origin.Workspace, origin.Channel);
        // Naming tickers narrows (or grows) a watchlist; "all" widens to the whole market; naming neither keeps what was there.
        IReadOnlyList<string> tickers =
            request.All ? [] :
            request.Tickers.Count > 0 ? [.. (existing is { IsMarketWide: false } ? existing.Tickers : []).Union(request.Tickers).Order(StringComparer.Ordinal)] :
            existing?.Tickers ?? [];
        IReadOnlyList<string> signals = request.Signals.Count > 0
            ? [.. (existing?.Signals ?? []).Union(request.Signals)]
            : existing?.Signals ?? AlertKinds.Default;
        var subscription = new Subscription(origin.Platform, origin.Workspace, origin.Channel, tickers, signals, request.MinValue ?? existing?.MinValue ?? 0m);
        subscriptions.Save(subscription);

        var resumed = existing?.PausedReason is not null ? " Alerts had been paused; they are back on." : "";
        return ChatReply.Text(
            "Subscribed",
            $"This channel now gets {SubscriptionWords.Describe(subscription)}.{resumed} Alerts cover new filings only, never history. /subscriptions shows it; /unsubscribe stops all or part.",
            ReplyTone.Buying);
    }
}
