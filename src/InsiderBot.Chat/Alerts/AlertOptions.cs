using System.ComponentModel.DataAnnotations;

namespace InsiderBot.Chat.Alerts;

/// <summary>The <c>Alerts</c> section.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>Signals whose newest filing was accepted longer ago than this never alert: history is stored, not posted.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "Alerts:MaxAge must be a duration such as 3.00:00:00 (3 days)")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(3);

    /// <summary>More alerts than this for one channel at once become one digest.</summary>
    [Range(1, 100, ErrorMessage = "Alerts:DigestThreshold must be 1 to 100")]
    public int DigestThreshold { get; set; } = 5;

    /// <summary>First retry delay after a transient failure; it doubles up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);
}
