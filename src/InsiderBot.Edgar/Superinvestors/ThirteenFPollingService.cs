using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.Superinvestors;

/// <summary>
/// Fetches the tracked managers' new 13F-HR reports from EDGAR when the bot starts and once a day after (13Fs arrive
/// quarterly, within 45 days of quarter end). Runs in live mode only, and not without <c>Edgar:UserAgent</c>.
/// </summary>
public sealed class ThirteenFPollingService(
    ThirteenFFetcher fetcher, ThirteenFFetchStatus status, IOptions<EdgarOptions> options, TimeProvider time, ILogger<ThirteenFPollingService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled) return;
        if (o.UserAgentProblem() is { } problem)
        {
            status.NotStarted(problem);
            logger.LogWarning("13F fetch not started: {Problem}", problem);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await fetcher.FetchOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                status.Failed(ex.Message);
                logger.LogError(ex, "13F fetch failed; it runs again in {Interval}", Interval);
            }

            try
            {
                await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
