namespace InsiderBot.Store.Coverage;

/// <summary>
/// Fetches one company's own Form 4 history on demand, so an answer about a company the store's market coverage
/// does not reach is complete instead of empty. Implemented over EDGAR's per-company submissions list; absent when
/// live EDGAR access is off.
/// </summary>
public interface ICompanyHistory
{
    /// <summary>
    /// Stores the company's Form 4s filed from <paramref name="from"/> to now that the store lacks, newest first, at most
    /// <see cref="Budget"/> before returning; the rest continue in the background. Records the company's covered range.
    /// </summary>
    Task<CompanyHistoryFill> FillAsync(long issuerCik, DateOnly from, CancellationToken cancellationToken);

    /// <summary>How many filings an answer waits for before the rest continue in the background.</summary>
    int Budget { get; }
}
