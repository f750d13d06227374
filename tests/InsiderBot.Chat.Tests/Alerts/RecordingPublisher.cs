using InsiderBot.Chat.Alerts;

namespace InsiderBot.Chat.Tests.Alerts;

/// <summary>An in-process platform that records what it was asked to post and answers as scripted.</summary>
internal sealed class RecordingPublisher(string platform = "test") : IAlertPublisher
{
    private readonly Queue<AlertPostResult> script = new();
    private int next;

    public string Platform => platform;

    public List<AlertDelivery> Deliveries { get; } = [];

    /// <summary>What the channel shows: one message per delivery id, edits replacing in place.</summary>
    public Dictionary<string, AlertDelivery> Channel { get; } = [];

    public void Answer(params AlertPostResult[] results)
    {
        foreach (var r in results) script.Enqueue(r);
    }

    public Task<AlertPostResult> PostAsync(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        Deliveries.Add(delivery);
        if (script.TryDequeue(out var scripted) && scripted.Status != AlertPostStatus.Posted) return Task.FromResult(scripted);
        var id = delivery.ReplacesMessageId ?? Channel.FirstOrDefault(m => m.Value.DeliveryId == delivery.DeliveryId).Key ?? $"m{++next}";
        Channel[id] = delivery;
        return Task.FromResult(AlertPostResult.Posted(id));
    }
}
