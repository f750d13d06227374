using InsiderBot.Chat.Alerts;
using InsiderBot.Chat.Replies;
using InsiderBot.Store.Alerts;

namespace InsiderBot.Chat.Commands;

/// <summary><c>/subscriptions</c>: what this channel gets, in words.</summary>
public sealed class SubscriptionsCommand(SubscriptionStore subscriptions) : IImmediateCommand
{
    public string Name => "subscriptions";

    public string Description => "What alerts this channel gets";

    public IReadOnlyList<CommandParameter> Parameters { get; } = [];

    public ChatReply Execute(CommandInput input)
    {
        var origin = input.Origin;
        var subscription = subscriptions.Find(origin.Platform, origin.Workspace, origin.Channel);
        return subscription is null
            ? ChatReply.Text("No alerts", "This channel gets no alerts. Try /subscribe all, or /subscribe AAPL MSFT signals:cluster-buy,csuite-sell min_value:250k.")
            : ChatReply.Text("This channel's alerts", $"This channel gets {SubscriptionWords.Describe(subscription)}.",
                subscription.PausedReason is null ? ReplyTone.Neutral : ReplyTone.Warning);
    }
}
