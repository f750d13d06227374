using System.Text;
using InsiderBot.Edgar.Http;
using InsiderBot.Edgar.Live;
using InsiderBot.Filings;
using InsiderBot.Import.Superinvestors;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store;
using InsiderBot.Store.Superinvestors;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Edgar.Superinvestors;

/// <summary>
/// One pass over the tracked managers: read each one's submissions history on data.sec.gov, and for its latest two
/// quarters fetch the newest 13F-HR (or restating 13F-HR/A) not yet stored: the filing folder's index, then its
/// information table (the full submission when the folder has no separate table). A filing that cannot be used
/// (unreadable, or an amendment that only adds holdings) is set aside so later passes do not fetch it again. Each pass
/// is reported to <c>/status</c> (<see cref="ThirteenFFetchStatus"/>).
/// </summary>
public sealed class ThirteenFFetcher(
    EdgarClient client,
    ThirteenFImporter importer,
    HoldingsStore holdings,
    InsiderStore store,
    SuperinvestorTracker tracker,
    ThirteenFFetchStatus status,
    ILogger<ThirteenFFetcher> logger)
{
    /// <summary>The latest quarter and the one before: what <c>/superinvestors</c> compares.</summary>
    public const int QuartersKept = 2;

    private const string SetAsidePrefix = "13f:set-aside:";

    private enum Fetched
    {
        Stored,
        SetAside,
        Failed,
    }

    public async Task<ThirteenFFetchReport> FetchOnceAsync(CancellationToken cancellationToken)
    {
        int stored = 0, upToDate = 0, problems = 0;
        foreach (var manager in tracker.Configured)
        {
            var response = await client.GetAsync(client.Data(ManagerSubmissions.PathOf(manager.Cik)), EdgarBody.Json, cancellationToken).ConfigureAwait(false);
            if (!response.IsOk)
            {
                problems++;
                logger.LogWarning("13F fetch: no submissions history for {Manager} (CIK {Cik}): {Problem}", manager.Name, manager.Cik, response.Problem);
                continue;
            }

            if (ManagerSubmissions.ThirteenFs(response.Body) is not { } filings)
            {
                problems++;
                logger.LogWarning("13F fetch: the submissions history of {Manager} (CIK {Cik}) is not the submissions JSON shape (filings.recent); skipped", manager.Name, manager.Cik);
                continue;
            }

            foreach (var period in filings.Select(f => f.Period).Distinct().OrderDescending().Take(QuartersKept))
            {
                var storedAccession = holdings.StoredAccession(manager.Cik, period);
                var newestFirst = filings.Where(f => f.Period == period)
                    .OrderByDescending(f => f.FiledOn).ThenByDescending(f => f.Accession, StringComparer.Ordinal);
                foreach (var filing in newestFirst)
                {
                    if (filing.Accession == storedAccession)
                    {
                        upToDate++;
                        break;
                    }

                    if (store.GetMeta(SetAsidePrefix + filing.Accession) is not null) continue;
                    var fetched = await FetchAsync(manager, filing, cancellationToken).ConfigureAwait(false);
                    if (fetched == Fetched.Stored) stored++;
                    if (fetched == Fetched.Failed) problems++;
                    if (fetched != Fetched.SetAside) break;
                }
            }
        }

        logger.LogInformation("13F fetch: {Managers} managers, {Stored} reports stored, {UpToDate} quarters up to date, {Problems} problems",
            tracker.Configured.Count, stored, upToDate, problems);
        var report = new ThirteenFFetchReport(tracker.Configured.Count, stored, upToDate, problems);
        status.Fetched(report);
        return report;
    }

    private async Task<Fetched> FetchAsync(TrackedManager manager, ManagerFiling filing, CancellationToken cancellationToken)
    {
        var folder = FilingFolder.PathOf(manager.Cik, filing.Accession);
        var index = await client.GetAsync(client.Www(folder + "index.json"), EdgarBody.Json, cancellationToken).ConfigureAwait(false);
        if (!index.IsOk) return Problem(filing, index, "its filing index");
        var (tables, hasCover) = ThirteenFFolder.Documents(index.Body);

        if (filing.IsAmendment && hasCover)
        {
            var cover = await client.GetAsync(client.Www(folder + ThirteenFFolder.CoverPage), EdgarBody.Xml, cancellationToken).ConfigureAwait(false);
            if (!cover.IsOk) return Problem(filing, cover, "its cover page");
            if (Encoding.UTF8.GetString(cover.Body).Contains("NEW HOLDINGS", StringComparison.OrdinalIgnoreCase))
                return SetAside(filing, "a 13F-HR/A that only adds holdings: the quarter's full report stays");
        }

        var documents = tables.Select(t => (Url: client.Www(folder + t), Check: (Func<byte[], string?>)EdgarBody.Xml))
            .Append((Url: client.Www(folder + filing.Accession + ".txt"), Check: EdgarBody.Any));
        foreach (var (url, check) in documents)
        {
            var document = await client.GetAsync(url, check, cancellationToken).ConfigureAwait(false);
            if (!document.IsOk) return Problem(filing, document, url.AbsolutePath);
            if (!ThirteenFFiles.Looks(document.Body)) continue;

            var facts = new ThirteenFCoverPage(manager.Cik, manager.Name, filing.Period, null, filing.Form);
            var outcome = importer.Import(document.Body, url.ToString(), facts, filing.FiledOn, filing.Accession);
            if (outcome.Imported is null)
            {
                store.Quarantine(url.ToString(), outcome.Refusal!);
                return SetAside(filing, outcome.Refusal!);
            }

            return outcome.Imported.Result == HoldingsSaveResult.OlderThanStored
                ? SetAside(filing, "a later report for the quarter is stored")
                : Fetched.Stored;
        }

        return SetAside(filing, "the filing folder holds no 13F information table");
    }

    private Fetched Problem(ManagerFiling filing, EdgarResponse response, string what)
    {
        logger.LogWarning("13F fetch: {Accession} ({Form}): {What}: {Problem}", filing.Accession, filing.Form, what, response.Problem);
        if (response.Outcome is EdgarOutcome.NotFound or EdgarOutcome.Malformed)
        {
            store.Quarantine(response.Url.ToString(), $"13F {filing.Accession}: {response.Problem}");
            SetAside(filing, $"{what}: {response.Problem}");
        }

        return Fetched.Failed;
    }

    private Fetched SetAside(ManagerFiling filing, string reason)
    {
        store.SetMeta(SetAsidePrefix + filing.Accession, reason);
        logger.LogInformation("13F fetch: set {Accession} ({Form}) aside: {Reason}", filing.Accession, filing.Form, reason);
        return Fetched.SetAside;
    }
}
