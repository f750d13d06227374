namespace InsiderBot.Store.Alerts;

public enum OutboxStatus
{
    Pending,
    Posted,
    /// <summary>The channel could not be posted to; the subscription is paused.</summary>
    Paused,
}
