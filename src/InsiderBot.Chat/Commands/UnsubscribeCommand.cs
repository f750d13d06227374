using InsiderBot.Chat.Alerts;
using InsiderBot.Chat.Replies;
using InsiderBot.Store;
using InsiderBot.Store.Alerts;

namespace InsiderBot.Chat.Commands;

/// <summary><c>/unsubscribe [TICKER… | all] [signals:…]</c>: stops all or part of this channel's alerts.</summary>
public sealed class UnsubscribeCommand(SubscriptionStore subscriptions, InsiderStore store) : IImmediateCommand
{
    public string Name => "unsubscribe";

    public string Description => "Stop this channel's alerts, or some tickers or signals of them";

    public IReadOnlyList<CommandParameter> Parameters { get; } =
    [
        new("tickers", "Tickers to drop, or all to stop every alert (default all)", TakesRest: true),
        new("signals", "Signals to drop"),
    ];

    public bool RequiresManage => true;

    public ChatReply Execute(CommandInput input)
    {
        var origin = input.Origin;
        var existing = subscriptions.Find(origin.Platform, origin.Workspace, origin.Channel);
        if (existing is null) return ChatReply.Error("This channel has no alerts to stop. /subscribe starts them.");
        var request = SubscriptionArguments.Parse(input.Arguments, store);
        if (request.Error is { } error) return ChatReply.Error(error);

        if (request.All || request.IsEmpty) return Stopped();
        if (request.Tickers.Count > 0 && existing.IsMarketWide)
            return ChatReply.Error("This channel follows the whole market, not a watchlist: /unsubscribe all stops it, or /unsubscribe signals:NAME drops a signal.");

        var missing = request.Tickers.Except(existing.Tickers).ToList();
        if (missing.Count > 0)
            return ChatReply.Error($"{string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} not on this channel's watchlist ({string.Join(", ", existing.Tickers)}).");

        var updated = existing with
        {
            Tickers = existing.Tickers.Except(request.Tickers).ToList(),
            Signals = existing.Signals.Except(request.Signals).ToList(),
        };
        if ((!existing.IsMarketWide && updated.Tickers.Count == 0) || updated.Signals.Count == 0) return Stopped();
        subscriptions.Save(updated);
        return ChatReply.Text("Subscription changed", $"This channel now gets {SubscriptionWords.Describe(updated)}.");

        ChatReply Stopped()
        {
            subscriptions.Delete(origin.Platform, origin.Workspace, origin.Channel);
            return ChatReply.Text("Unsubscribed", "This channel gets no more alerts. /subscribe starts them again.");
        }
    }
}
