using System.Text.Json.Nodes;
using InsiderBot.Chat.Alerts;
using InsiderBot.Slack.Blocks;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Slack.WebApi;

/// <summary>
/// Posts alerts with <c>chat.postMessage</c>, carrying the delivery id in message <c>metadata</c>; a retried delivery is
/// first looked up in <c>conversations.history</c> so it never shows twice. Edits with <c>chat.update</c>.
/// </summary>
public sealed class SlackAlertPublisher(
    SlackWebApi api,
    SlackPostPacer pacer,
    SlackFileUploader uploader,
    SlackHealth health,
    ILogger<SlackAlertPublisher> logger) : IAlertPublisher
{
    public const string MetadataEventType = "insiderbot_alert";
    public const int HistoryLookback = 100;

    public string Platform => "slack";

    public async Task<AlertPostResult> PostAsync(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        var message = BlockKitRenderer.Render(delivery.Message);
        if (delivery.ReplacesMessageId is { } ts)
        {
            var updated = await CallPacedAsync("chat.update", delivery.Channel, Body(delivery, message, ts), cancellationToken);
            if (updated.Ok) return AlertPostResult.Posted(ts);
            if (updated.Error != "message_not_found" && updated.Error != "cant_update_message") return Failure(updated, delivery);
            logger.LogInformation("Slack message {Ts} in {Channel} is gone; posting alert {DeliveryId} anew", ts, delivery.Channel, delivery.DeliveryId);
        }

        if (delivery.IsRetry)
        {
            var history = await api.CallFormAsync("conversations.history",
                [new("channel", delivery.Channel), new("limit", HistoryLookback.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("include_all_metadata", "true")],
                cancellationToken);
            if (!history.Ok) return Failure(history, delivery);
            if (FindDelivery(history.Body, delivery.DeliveryId) is { } earlier)
            {
                logger.LogInformation("Alert {DeliveryId} was already posted in {Channel} as {Ts}", delivery.DeliveryId, delivery.Channel, earlier);
                return AlertPostResult.Posted(earlier);
            }
        }

        var posted = await CallPacedAsync("chat.postMessage", delivery.Channel, Body(delivery, message, null), cancellationToken);
        if (!posted.Ok) return Failure(posted, delivery);
        var postedTs = posted.Text("ts") ?? "";
        if (delivery.Message.Chart is { } chart) await uploader.UploadAsync(delivery.Channel, chart, postedTs, cancellationToken);
        return AlertPostResult.Posted(postedTs);
    }

    private async Task<SlackApiResult> CallPacedAsync(string method, string channel, JsonObject body, CancellationToken cancellationToken)
    {
        if (pacer.BlockedFor(method) is { } blocked) return new SlackApiResult(false, "ratelimited", [], 429, blocked);
        await pacer.WaitTurnAsync(channel, cancellationToken);
        var result = await api.CallAsync(method, body, cancellationToken);
        if (result.IsRateLimited) pacer.Block(method, SlackErrors.WaitFor(result));
        return result;
    }

    private static JsonObject Body(AlertDelivery delivery, SlackMessage message, string? ts)
    {
        var body = new JsonObject
        {
            ["channel"] = delivery.Channel,
            ["text"] = message.Text,
            ["blocks"] = message.Blocks.DeepClone(),
            ["unfurl_links"] = false,
            ["metadata"] = new JsonObject
            {
                ["event_type"] = MetadataEventType,
                ["event_payload"] = new JsonObject { ["delivery_id"] = delivery.DeliveryId },
            },
        };
        if (ts is not null) body["ts"] = ts;
        return body;
    }

    private static string? FindDelivery(JsonObject history, string deliveryId) =>
        (history["messages"] as JsonArray ?? [])
        .OfType<JsonObject>()
        .Where(m => m["metadata"]?["event_type"]?.ToString() == MetadataEventType
                    && m["metadata"]?["event_payload"]?["delivery_id"]?.ToString() == deliveryId)
        .Select(m => m["ts"]?.ToString())
        .FirstOrDefault(ts => ts is not null);

    private AlertPostResult Failure(SlackApiResult result, AlertDelivery delivery)
    {
        var status = SlackErrors.Meaning(result);
        switch (status)
        {
            case AlertPostStatus.ChannelUnavailable:
                logger.LogWarning("Slack channel {Channel} cannot take alerts ({Error}): invite the bot with /invite @InsiderBot or subscribe another channel; pausing it",
                    delivery.Channel, result.Error);
                return new AlertPostResult(status, Detail: result.Error);
            case AlertPostStatus.Fatal:
                logger.LogCritical("Slack refused the bot token ({Error}): reinstall the app and put the new xoxb- token in Slack:BotToken. Slack posting stopped.", result.Error);
                health.Stop($"bot token refused ({result.Error}): reinstall the app and update Slack:BotToken");
                return new AlertPostResult(status, Detail: result.Error);
            default:
                var wait = SlackErrors.WaitFor(result);
                logger.LogInformation("Slack alert {DeliveryId} to {Channel} will be retried in {Wait}: {Error}", delivery.DeliveryId, delivery.Channel, wait, result.Error);
                return new AlertPostResult(AlertPostStatus.RetryLater, Detail: result.Error, RetryAfter: wait);
        }
    }
}
