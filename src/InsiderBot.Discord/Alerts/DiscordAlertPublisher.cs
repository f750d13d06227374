using System.Net;
using InsiderBot.Chat.Alerts;
using InsiderBot.Discord.Rendering;
using InsiderBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Discord.Alerts;

/// <summary>
/// Posts alerts into Discord channels; nobody is ever pinged. Each alert carries its delivery id in its footer and
/// is posted with that id as <c>nonce</c> (<c>enforce_nonce</c>). Discord de-duplicates a nonce only for a few
/// minutes, so a retry first looks for the delivery id among the channel's newest messages: exactly once over any gap.
/// </summary>
public sealed class DiscordAlertPublisher(DiscordRestClient rest, DiscordMessageRenderer renderer, ILogger<DiscordAlertPublisher> logger) : IAlertPublisher
{
    private const int UnknownMessage = 10008;
    public const int HistoryLookback = 100;

    public string Platform => "discord";

    public async Task<AlertPostResult> PostAsync(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        var message = renderer.Render(delivery.Message with { Ephemeral = false });
        if (delivery.ReplacesMessageId is { } earlier)
        {
            DeliveryMarker.Mark(message.Payload, delivery.DeliveryId);
            var edited = await rest.SendAsync(HttpMethod.Patch, $"channels/{delivery.Channel}/messages/{earlier}", message.ToContent, cancellationToken);
            if (edited.IsSuccess) return AlertPostResult.Posted(edited.Id ?? earlier);
            if (edited.ErrorCode != UnknownMessage) return Result(delivery, edited);
            logger.LogInformation("Discord alert {DeliveryId}: message {MessageId} was deleted; posting a new one", delivery.DeliveryId, earlier);
        }

        if (delivery.IsRetry)
        {
            var recent = await rest.SendAsync(HttpMethod.Get, $"channels/{delivery.Channel}/messages?limit={HistoryLookback}", null, cancellationToken);
            if (!recent.IsSuccess) return Result(delivery, recent);
            if (DeliveryMarker.Find(recent.Body, delivery.DeliveryId) is { } found)
            {
                logger.LogInformation("Alert {DeliveryId} was already posted in {Channel} as {MessageId}", delivery.DeliveryId, delivery.Channel, found);
                return AlertPostResult.Posted(found);
            }
        }

        DeliveryMarker.Mark(message.Payload, delivery.DeliveryId);
        message.Payload["nonce"] = delivery.DeliveryId;
        message.Payload["enforce_nonce"] = true;
        var posted = await rest.SendAsync(HttpMethod.Post, $"channels/{delivery.Channel}/messages", message.ToContent, cancellationToken);
        return Result(delivery, posted);
    }

    private AlertPostResult Result(AlertDelivery delivery, DiscordResponse response)
    {
        if (response.IsSuccess && response.Id is { } id) return AlertPostResult.Posted(id);
        var detail = response.Describe();
        switch (response.Status)
        {
            case HttpStatusCode.Forbidden or HttpStatusCode.NotFound:
                logger.LogWarning("Discord channel {Channel} in {Guild} refused alert {DeliveryId}: {Detail}; pausing its subscription", delivery.Channel, delivery.Workspace, delivery.DeliveryId, detail);
                return new AlertPostResult(AlertPostStatus.ChannelUnavailable, Detail: detail);
            case HttpStatusCode.Unauthorized:
                logger.LogError("Discord rejected the bot token ({Detail}); set a valid Discord:Token", detail);
                return new AlertPostResult(AlertPostStatus.Fatal, Detail: detail);
            case HttpStatusCode.BadRequest:
                logger.LogError("Discord refused alert {DeliveryId} as malformed: {Detail}", delivery.DeliveryId, detail);
                return new AlertPostResult(AlertPostStatus.RetryLater, Detail: detail, RetryAfter: TimeSpan.FromHours(1));
            default:
                return new AlertPostResult(AlertPostStatus.RetryLater, Detail: detail, RetryAfter: response.RetryAfter ?? TimeSpan.FromSeconds(30));
        }
    }
}
