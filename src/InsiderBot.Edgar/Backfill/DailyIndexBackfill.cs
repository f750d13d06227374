using InsiderBot.Edgar.Http;
using InsiderBot.Edgar.Live;
using InsiderBot.Filings;
using InsiderBot.Store;
using InsiderBot.Store.Coverage;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Edgar.Backfill;

/// <summary>
/// Fills days from EDGAR's daily form indexes: each Form 4 listed and not stored yet is fetched as its full submission
/// (<c>/Archives/edgar/data/{cik}/{accession}.txt</c>, one request per filing) and stored; a day is recorded as covered
/// once all of it is in, and a past day without an index (weekend, holiday) is covered with nothing to fetch. EDGAR
/// failing stops the walk at that day, so a rerun resumes there with no gap and nothing fetched twice.
/// </summary>
public sealed class DailyIndexBackfill(
    EdgarClient client, DailyIndexWalk indexes, InsiderStore store, FilingDocumentReader reader, TimeProvider time, ILogger<DailyIndexBackfill> logger)
{
    // Each filing is stored as soon as it is fetched: an interruption (a stop, a kill -9) loses no fetched filing, so
    // a rerun fetches none twice. At EDGAR's 10 requests a second that is at most 10 small transactions a second.
    private const int BatchSize = 1;

    /// <summary>Walks the days (oldest first, any order of runs), skipping none: the caller leaves covered days out.</summary>
    public async Task<BackfillReport> RunAsync(IReadOnlyList<DateOnly> days, IProgress<BackfillProgress>? progress, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var today = EasternTime.Today(time);
        int walked = 0, stored = 0, duplicates = 0, skipped = 0, quarantined = 0;
        string? problem = null;
        foreach (var run in Runs(days))
        {
            await foreach (var (day, failure) in indexes.WalkAsync(run.First, run.Last, cancellationToken).ConfigureAwait(false))
            {
                if (day is null)
                {
                    problem = failure;
                    break;
                }

                walked++;
                if (!day.Published)
                {
                    // No index for a past day: EDGAR took no filings. Today's is built after 22:00 Eastern.
                    if (day.Day < today) store.MarkMarketCovered(day.Day, day.Day, CoverageSources.DailyIndexes);
                    progress?.Report(new BackfillProgress(walked, days.Count, stored, time.GetElapsedTime(started)));
                    continue;
                }

                foreach (var chunk in day.Filings.Where(f => !store.HasFiling(f.Accession)).Chunk(BatchSize))
                {
                    var batch = new List<Form4Filing>(chunk.Length);
                    foreach (var filing in chunk)
                    {
                        var (outcome, fetchProblem) = await FetchAsync(filing, cancellationToken).ConfigureAwait(false);
                        if (fetchProblem is not null)
                        {
                            problem = $"{filing.Accession} of {day.Day:yyyy-MM-dd}: {fetchProblem}";
                            break;
                        }

                        switch (FullSubmission.Sort(outcome!, filing.Accession, batch, store, logger))
                        {
                            case SubmissionVerdict.Skipped:
                                skipped++;
                                break;
                            case SubmissionVerdict.Quarantined:
                                quarantined++;
                                break;
                        }
                    }

                    if (batch.Count > 0)
                    {
                        var results = store.IngestFilings(batch, deferSignals: true).Results;
                        stored += results.Count(r => r == IngestResult.Stored);
                        duplicates += results.Count(r => r == IngestResult.Duplicate);
                    }

                    if (problem is not null) break;
                }

                if (problem is not null) break;
                store.MarkMarketCovered(day.Day, day.Day, CoverageSources.DailyIndexes);
                progress?.Report(new BackfillProgress(walked, days.Count, stored, time.GetElapsedTime(started)));
            }

            if (problem is not null) break;
        }

        store.EvaluatePendingSignals(static (_, _) => { });
        if (problem is not null) logger.LogWarning("Backfill from the daily indexes stopped: {Problem}", problem);
        return new BackfillReport([], walked, stored, duplicates, skipped, quarantined, problem);
    }

    /// <summary>The full submission under the first CIK EDGAR lists it under that has it.</summary>
    private Task<(ParseOutcome? Outcome, string? Problem)> FetchAsync(FeedFiling filing, CancellationToken cancellationToken) =>
        FullSubmission.FetchAsync(client, reader, filing.Ciks, filing.Accession, filing.FiledOn, filing.Accepted, cancellationToken);

    private static IEnumerable<(DateOnly First, DateOnly Last)> Runs(IReadOnlyList<DateOnly> days)
    {
        DateOnly? first = null, last = null;
        foreach (var day in days.Order())
        {
            if (last is { } l && day.DayNumber == l.DayNumber + 1)
            {
                last = day;
                continue;
            }

            if (first is { } f) yield return (f, last!.Value);
            first = last = day;
        }

        if (first is { } start) yield return (start, last!.Value);
    }
}
