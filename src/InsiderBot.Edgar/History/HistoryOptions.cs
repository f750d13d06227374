using System.ComponentModel.DataAnnotations;

namespace InsiderBot.Edgar.History;

/// <summary>The <c>History</c> section: how the store widens its history on its own.</summary>
public sealed class HistoryOptions
{
    public const string Section = "History";

    /// <summary>
    /// Filings an answer about a company the store does not cover waits for (its own Form 4s, newest first, fetched from
    /// EDGAR's per-company submissions list); the rest continue in the background. At 10 requests a second, 40 is
    /// about 4 seconds.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "History:OnDemandMaxFilings must be a whole number from 1 to 1000 (filings fetched before an answer)")]
    public int OnDemandMaxFilings { get; set; } = 40;

    /// <summary>
    /// Years of market history a live deployment fetches on its own when its store has none (data sets and daily
    /// indexes, newest first, in the background while the bot serves); 0 turns it off.
    /// </summary>
    [Range(0, 20, ErrorMessage = "History:BootstrapYears must be a whole number from 0 (off) to 20")]
    public int BootstrapYears { get; set; } = 2;

    /// <summary>How long the bootstrap waits before it tries again after EDGAR failed it.</summary>
    public TimeSpan BootstrapRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
