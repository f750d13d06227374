namespace InsiderBot.Health;

/// <summary>A part of the bot that can say it is not ready (a platform not connected, EDGAR polls overdue).</summary>
public interface IReadinessCheck
{
    /// <summary>Null when ready; otherwise what is wrong, in a few words.</summary>
    string? Problem();
}
