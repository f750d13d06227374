namespace InsiderBot.Store.Coverage;

/// <summary>What an on-demand fetch of one company's history did before the answer.</summary>
/// <param name="Stored">Filings stored now.</param>
/// <param name="Remaining">Filings still to fetch in the background (0 when the range is complete).</param>
/// <param name="CoveredFrom">The first day of the company's history now complete up to today, or null.</param>
/// <param name="Problem">Why the fetch stopped early (EDGAR failing); the answer says so and a later ask resumes.</param>
public sealed record CompanyHistoryFill(int Stored, int Remaining, DateOnly? CoveredFrom, string? Problem)
{
    public static CompanyHistoryFill AlreadyRunning { get; } = new(0, -1, null, null);

    /// <summary>Another fetch of the same company is running: this one waited for none of it.</summary>
    public bool IsAlreadyRunning => Remaining < 0;
}
