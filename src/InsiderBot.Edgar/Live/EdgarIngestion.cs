using System.Globalization;
using InsiderBot.Edgar.Http;
using InsiderBot.Filings;
using InsiderBot.Store;
using InsiderBot.Store.Coverage;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Edgar.Live;

/// <summary>
/// One poll cycle: read the current feed back to a filing already handled, walk the daily indexes from the checkpoint
/// when the feed does not reach back that far, then fetch, parse and store each new Form 4 oldest first in small
/// batches. A filing is "handled" once stored or set aside (quarantined, not a Form 4), so a restart — even a kill in
/// the middle of a batch — resumes with no gap and no duplicate. A poll that handled everything records the days it
/// made complete as market coverage (<see cref="CoverageSources.LiveFeed"/>).
/// </summary>
public sealed class EdgarIngestion(
    EdgarClient client,
    DailyIndexWalk indexes,
    InsiderStore store,
    FilingDocumentReader reader,
    IngestionStatus status,
    IEnumerable<IIngestionListener> listeners,
    TimeProvider time,
    ILogger<EdgarIngestion> logger)
{
    public const string CheckpointKey = "edgar:checkpoint";
    /// <summary>Meta key prefix of a filing set aside (not a Form 4, or quarantined): handled, never fetched again.</summary>
    public const string SetAsidePrefix = "edgar:set-aside:";
    private const string TickersKey = InsiderStore.TickerMapRefreshedKey;
    private const int FeedPageSize = 100;
    private const int MaxFeedPages = 40;
    private const int MaxCatchUpDays = 60;

    /// <summary>Filings stored per transaction: a crash loses at most this many, which the next poll fetches again.</summary>
    internal int BatchSize { get; init; } = 10;

    /// <summary>The Eastern date up to which every Form 4 is handled, or null before the first poll.</summary>
    public DateOnly? Checkpoint =>
        DateOnly.TryParseExact(store.GetMeta(CheckpointKey), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public async Task<PollReport> PollOnceAsync(CancellationToken cancellationToken)
    {
        var checkpoint = Checkpoint;
        var feed = new List<FeedFiling>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reachedKnown = false;
        string? problem = null;
        DateOnly? newestDay = null;
        var pages = 0;
        for (var page = 0; page < MaxFeedPages; page++)
        {
            var url = client.Www($"/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=100&start={page * FeedPageSize}&output=atom");
            var response = await client.GetAsync(url, EdgarBody.Xml, cancellationToken).ConfigureAwait(false);
            if (!response.IsOk)
            {
                problem = page == 0 ? $"the current feed: {response.Problem}" : null;
                break;
            }

            pages++;
            var entries = CurrentFeed.Read(response.Body);
            newestDay ??= entries.FirstOrDefault()?.FiledOn;
            foreach (var entry in entries)
            {
                if (IsHandled(entry.Accession)) reachedKnown = true;
                else if (seen.Add(entry.Accession)) feed.Add(entry);
            }

            if (reachedKnown || checkpoint is null || entries.Count == 0) break;
        }

        var fromIndexes = new List<FeedFiling>();
        var days = 0;
        // The first day from which every Form 4 up to the newest is handled once this poll has stored what it found.
        DateOnly? completeFrom = checkpoint is null ? feed.Min(f => f.FiledOn)?.AddDays(1) : checkpoint;
        if (checkpoint is { } since && !reachedKnown && problem is null)
        {
            var today = EasternTime.Today(time);
            var first = since < today.AddDays(-MaxCatchUpDays) ? today.AddDays(-MaxCatchUpDays) : since;
            completeFrom = first;
            await foreach (var (day, failure) in indexes.WalkAsync(first, today, cancellationToken).ConfigureAwait(false))
            {
                if (day is null)
                {
                    problem = failure;
                    break;
                }

                if (!day.Published) continue;
                days++;
                fromIndexes.AddRange(day.Filings.Where(f => !IsHandled(f.Accession) && seen.Add(f.Accession)));
            }
        }

        // Oldest first: the indexes' days in order, then the feed from its oldest entry.
        var pending = fromIndexes.Concat(Enumerable.Reverse(feed)).ToList();
        var report = await ProcessAsync(pending, cancellationToken).ConfigureAwait(false);
        if (!report.Deferred && problem is null && (newestDay ?? pending.LastOrDefault()?.FiledOn) is { } newest)
        {
            AdvanceCheckpoint(newest);
            if (completeFrom is { } from) store.MarkMarketCovered(from, newest, CoverageSources.LiveFeed);
        }

        problem ??= report.Problem;
        await RefreshTickersAsync(cancellationToken).ConfigureAwait(false);

        var result = report with { FeedPages = pages, IndexDays = days, Found = pending.Count, Problem = problem };
        status.Polled(problem);
        logger.LogInformation(
            "EDGAR poll: {Found} new Form 4s ({Pages} feed pages, {Days} index days), {Stored} stored, {Duplicates} duplicates, {Quarantined} quarantined, backoff {Backoff}{Problem}",
            result.Found, pages, days, result.Stored, result.Duplicates, result.Quarantined, client.Limiter.CurrentBackoff, problem is null ? "" : "; " + problem);
        return result;
    }

    private async Task<PollReport> ProcessAsync(IReadOnlyList<FeedFiling> pending, CancellationToken cancellationToken)
    {
        int stored = 0, duplicates = 0, setAside = 0, quarantined = 0;
        foreach (var chunk in pending.Chunk(BatchSize))
        {
            var batch = new List<Form4Filing>(chunk.Length);
            var batchQuarantined = 0;
            FeedFiling? deferredAt = null;
            string? deferredBecause = null;
            foreach (var filing in chunk)
            {
                var (outcome, failure) = await FetchAsync(filing, cancellationToken).ConfigureAwait(false);
                if (failure is not null)
                {
                    // EDGAR is failing, not the filing: stop here so nothing newer is stored past the gap.
                    deferredAt = filing;
                    deferredBecause = failure;
                    break;
                }

                // A filing set aside (not a Form 4, or quarantined) is handled: never fetched again.
                switch (FullSubmission.Sort(outcome!, filing.Accession, batch, store, logger))
                {
                    case SubmissionVerdict.Parsed:
                        break;
                    case SubmissionVerdict.Skipped:
                        SetAside(filing.Accession, outcome!.Reason!);
                        setAside++;
                        break;
                    case SubmissionVerdict.Quarantined:
                        SetAside(filing.Accession, outcome!.Reason!);
                        batchQuarantined++;
                        break;
                }
            }

            var results = batch.Count > 0 ? store.IngestBatch(batch) : [];
            var storedNow = batch.Where((_, i) => results[i] == IngestResult.Stored).Select(f => f.Accession).ToList();
            stored += storedNow.Count;
            duplicates += batch.Count - storedNow.Count;
            quarantined += batchQuarantined;
            status.Counted(storedNow.Count, batchQuarantined);
            var newest = chunk.TakeWhile(f => f != deferredAt).Select(f => f.FiledOn).Max();
            if (deferredAt is null && newest is { } day) AdvanceCheckpoint(day);
            if (storedNow.Count > 0) await NotifyAsync(storedNow, cancellationToken).ConfigureAwait(false);
            if (deferredAt is not null)
                return new PollReport(0, 0, 0, stored, duplicates, setAside, quarantined, true, $"{deferredAt.Accession} deferred: {deferredBecause}");
        }

        return new PollReport(0, 0, 0, stored, duplicates, setAside, quarantined, false, null);
    }

    /// <summary>The parse outcome of the filing's primary document, or why EDGAR could not be asked right now.</summary>
    private async Task<(ParseOutcome? Outcome, string? Failure)> FetchAsync(FeedFiling filing, CancellationToken cancellationToken)
    {
        EdgarResponse? index = null;
        long cik = 0;
        foreach (var candidate in filing.Ciks)
        {
            cik = candidate;
            index = await client.GetAsync(client.Www(FilingFolder.PathOf(cik, filing.Accession) + "index.json"), EdgarBody.Json, cancellationToken).ConfigureAwait(false);
            if (index.Outcome != EdgarOutcome.NotFound) break;
        }

        if (index is null || index.Outcome == EdgarOutcome.Failed) return (null, index?.Problem ?? "no CIK to find the filing's folder under");
        var folder = client.Www(FilingFolder.PathOf(cik, filing.Accession));
        if (index.Outcome != EdgarOutcome.Ok)
            return (ParseOutcome.Quarantined(folder + "index.json", $"the filing folder's index.json: {index.Problem}"), null);

        var name = FilingFolder.PrimaryDocument(index.Body, filing.Accession);
        var url = new Uri(folder, name);
        var isXml = name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
        var document = await client.GetAsync(url, isXml ? EdgarBody.Xml : EdgarBody.Any, cancellationToken).ConfigureAwait(false);
        return document.Outcome switch
        {
            EdgarOutcome.Ok => (reader.Read(document.Body, url.ToString(), new FilingOrigin(url.ToString(), filing.Accession, filing.FiledOn, filing.Accepted)), null),
            EdgarOutcome.Failed => (null, document.Problem),
            _ => (ParseOutcome.Quarantined(url.ToString(), $"EDGAR's copy could not be read whole: {document.Problem}"), null),
        };
    }

    private async Task NotifyAsync(IReadOnlyList<string> accessions, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener.FilingsIngestedAsync(accessions, live: true, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Ingestion listener {Listener} failed for {Count} filings", listener.GetType().Name, accessions.Count);
            }
        }
    }

    /// <summary>Loads <c>company_tickers.json</c> once per Eastern day.</summary>
    public async Task RefreshTickersAsync(CancellationToken cancellationToken)
    {
        var today = EasternTime.Today(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (store.GetMeta(TickersKey) == today) return;
        var response = await client.GetAsync(client.Www("/files/company_tickers.json"), EdgarBody.Json, cancellationToken).ConfigureAwait(false);
        if (!response.IsOk)
        {
            logger.LogWarning("EDGAR ticker map not refreshed: {Problem}", response.Problem);
            return;
        }

        var count = store.ImportTickerMap(CompanyTickers.Read(new MemoryStream(response.Body)));
        store.SetMeta(TickersKey, today);
        logger.LogInformation("EDGAR ticker map refreshed: {Count} tickers", count);
    }

    private bool IsHandled(string accession) => store.HasFiling(accession) || store.GetMeta(SetAsidePrefix + accession) is not null;

    private void SetAside(string accession, string reason) => store.SetMeta(SetAsidePrefix + accession, reason);

    private void AdvanceCheckpoint(DateOnly day)
    {
        if (Checkpoint is { } current && current >= day) return;
        store.SetMeta(CheckpointKey, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
