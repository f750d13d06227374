using InsiderBot.Edgar.Http;
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
    : EdgarLoop(options, time)
{
    protected override void NotStarted(string problem)
    {
        status.NotStarted(problem);
        logger.LogError("Live EDGAR ingestion not started: {Problem}", problem);
    }

    protected override void Started(EdgarOptions options) =>
        logger.LogInformation("Live EDGAR ingestion started: polling {BaseUrl} every {Interval} (at most {Rate} requests a second)",
            options.BaseUrl, options.PollInterval, options.MaxRequestsPerSecond);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        using (priority?.Foreground()) await ingestion.PollOnceAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override void Failed(Exception exception)
    {
        status.Polled(exception.Message);
        logger.LogError(exception, "EDGAR poll failed; polling goes on");
    }

    protected override TimeSpan Delay(EdgarOptions options, DateTimeOffset now) =>
        EasternTime.IsAcceptingFilings(now) ? options.PollInterval : options.QuietPollInterval;
}
