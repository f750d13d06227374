using InsiderBot.Edgar.Backfill;
using InsiderBot.Edgar.Http;
using InsiderBot.Edgar.Live;
using InsiderBot.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.History;

/// <summary>
/// A live deployment's first start: while the bot already serves, fetch <c>History:BootstrapYears</c> of market
/// history in the background, newest week first — the daily indexes back to the latest published data set, then each
/// quarter's data set (one download covers its quarter) back to the start. Every day is recorded as covered once it
/// is in, so a restart (or a kill -9) resumes where it stopped with no gap, and a store that is already covered
/// fetches nothing. Its requests yield to live polling (<see cref="EdgarPriority"/>).
/// </summary>
public sealed partial class HistoryBootstrap(
    HistoryBackfill backfill,
    InsiderStore store,
    BootstrapStatus status,
    IOptions<HistoryOptions> history,
    IOptions<EdgarOptions> edgar,
    TimeProvider time,
    ILogger<HistoryBootstrap> logger) : BackgroundService
{
    private const int StepDays = 7;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var years = history.Value.BootstrapYears;
        if (years == 0)
        {
            status.Off("History:BootstrapYears is 0");
            return;
        }

        if (edgar.Value.UserAgentProblem() is { } problem)
        {
            status.Off(problem);
            return;
        }

        using var background = EdgarPriority.Background();
        try
        {
            await RunAsync(EasternTime.Today(time).AddYears(-years), stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: every day stored so far is recorded as covered; the next start resumes from there.
        }
    }

    /// <summary>Fills [target, today] newest first; returns when all of it is covered.</summary>
    public async Task RunAsync(DateOnly target, CancellationToken cancellationToken)
    {
        var today = EasternTime.Today(time);
        LogStarting(target, CoveredBack(today));
        var end = today;
        while (end >= target)
        {
            // A week at a time, never across a quarter's start: a published quarter comes whole from its data set.
            var start = new[] { end.AddDays(1 - StepDays), target, DataSets.DataSetQuarters.FirstDay(DataSets.DataSetQuarters.Of(end)) }.Max();
            status.Running(target, CoveredBack(today), today);
            BackfillReport report;
            try
            {
                report = await backfill.RunAsync(start, end, _ => null, null, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever failed (a full disk, a refused data set), the bot keeps serving and the bootstrap tries again.
                LogFailed(ex, start, end);
                report = new BackfillReport([], 0, 0, 0, 0, 0, ex.Message);
            }

            if (report.Problem is { } problem)
            {
                var retry = history.Value.BootstrapRetryDelay;
                status.Waiting(problem, retry);
                LogPaused(start, end, problem, retry);
                await Task.Delay(retry, time, cancellationToken).ConfigureAwait(false);
                continue; // the same week again: what is in stays covered and is not fetched twice
            }

            if (report.Filings > 0 || report.DataSets.Count > 0) LogProgress(start, end, report.Filings, report.DataSets.Count, CoveredBack(today));
            end = start.AddDays(-1);
        }

        status.Done(target);
        LogDone(target);
    }

    /// <summary>The first day of the market's covered stretch that reaches today, if any.</summary>
    private DateOnly? CoveredBack(DateOnly today) =>
        store.Coverage().Market.LastOrDefault(s => Store.Coverage.StoreCoverage.ReachesNow(s, today))?.From;

    [LoggerMessage(Level = LogLevel.Information, Message = "History bootstrap: fetching the market's history back to {Target} in the background, newest first (complete back to {CoveredBack} so far)")]
    private partial void LogStarting(DateOnly target, DateOnly? coveredBack);

    [LoggerMessage(Level = LogLevel.Information, Message = "History bootstrap: {Start} → {End} done ({Filings} filings from daily indexes, {DataSets} data sets); complete back to {CoveredBack}")]
    private partial void LogProgress(DateOnly start, DateOnly end, int filings, int dataSets, DateOnly? coveredBack);

    [LoggerMessage(Level = LogLevel.Warning, Message = "History bootstrap paused at {Start} → {End}: {Problem}; retrying in {Retry}")]
    private partial void LogPaused(DateOnly start, DateOnly end, string problem, TimeSpan retry);

    [LoggerMessage(Level = LogLevel.Error, Message = "History bootstrap failed at {Start} → {End}; it tries again")]
    private partial void LogFailed(Exception exception, DateOnly start, DateOnly end);

    [LoggerMessage(Level = LogLevel.Information, Message = "History bootstrap done: the market's history is complete back to {Target}")]
    private partial void LogDone(DateOnly target);
}
