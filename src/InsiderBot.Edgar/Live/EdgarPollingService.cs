using InsiderBot.Edgar.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.Live;

/// <summary>
/// Polls EDGAR while the bot runs: every <c>Edgar:PollInterval</c> while EDGAR accepts filings, every
/// <c>Edgar:QuietPollInterval</c> overnight and at weekends. Does not start without <c>Edgar:UserAgent</c>.
/// </summary>
public sealed class EdgarPollingService(
    EdgarIngestion ingestion, IngestionStatus status, IOptions<EdgarOptions> options, TimeProvider time, ILogger<EdgarPollingService> logger,
    EdgarPriority? priority = null)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled) return;
        if (o.UserAgentProblem() is { } problem)
        {
            status.NotStarted(problem);
            logger.LogError("Live EDGAR ingestion not started: {Problem}", problem);
            return;
        }

        logger.LogInformation("Live EDGAR ingestion started: polling {BaseUrl} every {Interval} (at most {Rate} requests a second)",
            o.BaseUrl, o.PollInterval, o.MaxRequestsPerSecond);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using (priority?.Foreground()) await ingestion.PollOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                status.Polled(ex.Message);
                logger.LogError(ex, "EDGAR poll failed; polling goes on");
            }

            var interval = EasternTime.IsAcceptingFilings(time.GetUtcNow()) ? o.PollInterval : o.QuietPollInterval;
            try
            {
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
