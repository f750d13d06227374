namespace InsiderBot.Edgar.Live;

/// <summary>Told about newly stored filings (live or backfilled), so signals and alerts can react.</summary>
public interface IIngestionListener
{
    /// <param name="accessions">The accession numbers just stored, oldest first.</param>
    /// <param name="live">False for history (catch-up from indexes still counts as live; data-set backfill does not).</param>
    Task FilingsIngestedAsync(IReadOnlyList<string> accessions, bool live, CancellationToken cancellationToken);
}
