using System.Net;
using InsiderBot.Chat.Alerts;
using InsiderBot.Discord.Rendering;
using InsiderBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Discord.Alerts;

/// <summary>
/// Posts alerts into Discord channels. A retried delivery carries the same <c>nonce</c> with <c>enforce_nonce</c>, so
/// Discord returns the first message instead of showing it twice; nobody is ever pinged.
/// </summary>
public sealed class DiscordAlertPublisher(DiscordRestClient rest, DiscordMessageRenderer renderer, ILogger<DiscordAlertPublisher> logger) : IAlertPublisher
{
    private const int UnknownMessage = 10008;

    public string Platform => "discord";

    public async Task<AlertPostResult> PostAsync(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        var message = renderer.Render(delivery.Message with { Ephemeral = false });
        if (delivery.ReplacesMessageId is { } earlier)
        {
            var edited = await rest.SendAsync(HttpMethod.Patch, $"channels/{delivery.Channel}/messages/{earlier}", message.ToContent, cancellationToken);
            if (edited.IsSuccess) return AlertPostResult.Posted(edited.Id ?? earlier);
            if (edited.ErrorCode != UnknownMessage) return Result(delivery, edited);
            logger.LogInformation("Discord alert {DeliveryId}: message {MessageId} was deleted; posting a new one", delivery.DeliveryId, earlier);
        }

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
