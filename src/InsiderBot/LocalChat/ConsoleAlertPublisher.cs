using InsiderBot.Chat.Alerts;
using InsiderBot.Chat.Replies;

namespace InsiderBot.LocalChat;

/// <summary>Alerts for console subscriptions print in the chat as they fire, so the whole flow can be watched locally.</summary>
/// <remarks>It writes through <see cref="ConsoleOutput"/>, not the chat, so the dispatcher does not depend on the commands.</remarks>
public sealed class ConsoleAlertPublisher(ConsoleOutput output) : IAlertPublisher
{
    public string Platform => "console";

    public async Task<AlertPostResult> PostAsync(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Environment.NewLine + "[alert] " + PlainTextRenderer.Render(delivery.Message).TrimEnd() + Environment.NewLine);
        return AlertPostResult.Posted(delivery.DeliveryId);
    }
}
