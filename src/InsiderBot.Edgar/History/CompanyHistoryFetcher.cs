using System.Collections.Concurrent;
using InsiderBot.Edgar.Http;
using InsiderBot.Edgar.Live;
using InsiderBot.Filings;
using InsiderBot.Store;
using InsiderBot.Store.Coverage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.History;

/// <summary>
/// One company's own Form 4 history from EDGAR's per-company submissions list (the newest page and the older pages it
/// names), for a company the store's market coverage does not reach: every Form 4 filed since the asked day that the
/// store lacks is fetched as its full submission (one request per filing, through the one rate limiter), newest first,
/// and stored. The company's range is recorded as covered from the oldest day whose filings are all in, so an answer
/// says how far back it is complete; what an answer did not wait for continues in the background.
/// </summary>
public sealed partial class CompanyHistoryFetcher(
    EdgarClient client,
    InsiderStore store,
    FilingDocumentReader reader,
    CompanyHistoryBacklog backlog,
    IOptions<HistoryOptions> options,
    TimeProvider time,
    ILogger<CompanyHistoryFetcher> logger) : ICompanyHistory
{
    private const int BatchSize = 10;
    private readonly ConcurrentDictionary<long, byte> running = new();

    public int Budget => options.Value.OnDemandMaxFilings;

    public Task<CompanyHistoryFill> FillAsync(long issuerCik, DateOnly from, CancellationToken cancellationToken) =>
        FillAsync(issuerCik, from, Budget, cancellationToken);

    /// <summary>Fetches at most <paramref name="budget"/> missing filings; the rest go to the background backlog.</summary>
    public async Task<CompanyHistoryFill> FillAsync(long issuerCik, DateOnly from, int budget, CancellationToken cancellationToken)
    {
        if (!running.TryAdd(issuerCik, 0)) return CompanyHistoryFill.AlreadyRunning;
        try
        {
            var (listed, listProblem) = await ListAsync(issuerCik, from, cancellationToken).ConfigureAwait(false);
            if (listProblem is not null)
            {
                LogListFailed(issuerCik, listProblem);
                return new CompanyHistoryFill(0, 0, null, listProblem);
            }

            var today = EasternTime.Today(time);
            var missing = listed.Where(f => !IsHandled(f.Accession)).ToList();
            var handled = new HashSet<string>(StringComparer.Ordinal);
            int stored = 0;
            string? problem = null;
            foreach (var chunk in missing.Take(budget).Chunk(BatchSize))
            {
                var batch = new List<Form4Filing>(chunk.Length);
                foreach (var filing in chunk)
                {
                    var (outcome, failure) = await FullSubmission.FetchAsync(client, reader, [issuerCik], filing.Accession, filing.FiledOn, filing.Accepted, cancellationToken).ConfigureAwait(false);
                    if (failure is not null)
                    {
                        problem = $"{filing.Accession}: {failure}";
                        break;
                    }

                    // Not a Form 4, or unreadable: set aside, so no later ask fetches it again.
                    if (FullSubmission.Sort(outcome!, filing.Accession, batch, store, logger) != SubmissionVerdict.Parsed)
                        store.SetMeta(EdgarIngestion.SetAsidePrefix + filing.Accession, outcome!.Reason!);

                    handled.Add(filing.Accession);
                }

                if (batch.Count > 0) stored += store.IngestBatch(batch).Count(r => r == IngestResult.Stored);
                if (problem is not null) break;
            }

            // Newest first: the range is complete back to the day after the newest filing not handled yet.
            var firstLeft = missing.FirstOrDefault(f => !handled.Contains(f.Accession));
            var coveredFrom = firstLeft is null ? from : firstLeft.FiledOn.AddDays(1);
            if (coveredFrom <= today) store.MarkCompanyCovered(issuerCik, coveredFrom, today, CoverageSources.CompanySubmissions);
            var remaining = missing.Count - handled.Count;
            if (remaining > 0 && problem is null) backlog.Add(issuerCik, from);
            LogFilled(issuerCik, stored, remaining, coveredFrom);
            return new CompanyHistoryFill(stored, remaining, coveredFrom <= today ? coveredFrom : null, problem);
        }
        finally
        {
            running.TryRemove(issuerCik, out _);
        }
    }

    /// <summary>The company's Form 4s filed on or after <paramref name="from"/>, newest first, from every page that reaches that far.</summary>
    private async Task<(IReadOnlyList<CompanyFiling> Filings, string? Problem)> ListAsync(long issuerCik, DateOnly from, CancellationToken cancellationToken)
    {
        var first = await client.GetAsync(client.Data(CompanySubmissions.PathOf(issuerCik)), EdgarBody.Json, cancellationToken).ConfigureAwait(false);
        if (!first.IsOk) return ([], $"the submissions list of CIK {issuerCik}: {first.Problem}");
        if (CompanySubmissions.Read(first.Body) is not { } listing) return ([], $"the submissions list of CIK {issuerCik} is not of EDGAR's shape");

        var (filings, pages) = listing;
        var all = new List<CompanyFiling>(filings);
        foreach (var page in pages.Where(p => p.To is not { } to || to >= from).OrderByDescending(p => p.To))
        {
            var older = await client.GetAsync(client.Data(CompanySubmissions.PathOfPage(page.Name)), EdgarBody.Json, cancellationToken).ConfigureAwait(false);
            if (!older.IsOk) return ([], $"the submissions page {page.Name}: {older.Problem}");
            if (CompanySubmissions.Read(older.Body) is not { } olderListing) return ([], $"the submissions page {page.Name} is not of EDGAR's shape");
            all.AddRange(olderListing.Filings);
        }

        return (all.Where(f => f.FiledOn >= from).DistinctBy(f => f.Accession)
            .OrderByDescending(f => f.FiledOn).ThenByDescending(f => f.Accession, StringComparer.Ordinal).ToList(), null);
    }

    private bool IsHandled(string accession) => store.HasFiling(accession) || store.GetMeta(EdgarIngestion.SetAsidePrefix + accession) is not null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Company history of CIK {Issuer} not listed: {Problem}")]
    private partial void LogListFailed(long issuer, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Company history of CIK {Issuer}: {Stored} filings stored, {Remaining} left for the background, covered from {CoveredFrom}")]
    private partial void LogFilled(long issuer, int stored, int remaining, DateOnly coveredFrom);
}
