using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Edgar.History;

/// <summary>Finishes, in the background, the company histories an answer did not wait for.</summary>
public sealed partial class CompanyHistoryWorker(CompanyHistoryBacklog backlog, CompanyHistoryFetcher fetcher, ILogger<CompanyHistoryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var background = Http.EdgarPriority.Background(); // live polling goes first
        try
        {
            await foreach (var (issuer, from) in backlog.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    var fill = await fetcher.FillAsync(issuer, from, int.MaxValue, stoppingToken).ConfigureAwait(false);
                    LogFinished(issuer, fill.Stored, fill.CoveredFrom, fill.Problem ?? "none");
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(ex, issuer);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is not fetched yet is fetched again by the next ask about the company.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Company history of CIK {Issuer} fetched in the background: {Stored} filings stored, covered from {CoveredFrom}; problem: {Problem}")]
    private partial void LogFinished(long issuer, int stored, DateOnly? coveredFrom, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Company history of CIK {Issuer} failed in the background")]
    private partial void LogFailed(Exception exception, long issuer);
}
