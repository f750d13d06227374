using InsiderBot.Chat.Alerts;

namespace InsiderBot.LocalChat;

/// <summary>Alerts for console subscriptions print in the chat as they fire, so the whole flow can be watched locally.</summary>
public sealed class ConsoleAlertPublisher(ConsoleChat chat) : IAlertPublisher
{
    public string Platform => "console";

    public async Task<AlertPostResult> PostAsync(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        await chat.PrintAlertAsync(delivery.Message);
        return AlertPostResult.Posted(delivery.DeliveryId);
    }
}
