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
}
