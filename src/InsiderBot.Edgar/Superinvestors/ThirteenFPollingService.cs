using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.Superinvestors;

/// <summary>
/// Fetches the tracked managers' new 13F-HR reports from EDGAR when the bot starts and once a day after (13Fs arrive
/// quarterly, within 45 days of quarter end). Runs in live mode only, and not without <c>Edgar:UserAgent</c>.
/// </summary>
public sealed class ThirteenFPollingService(
    ThirteenFFetcher fetcher, ThirteenFFetchStatus status, IOptions<EdgarOptions> options, TimeProvider time, ILogger<ThirteenFPollingService> logger)
    : EdgarLoop(options, time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override void NotStarted(string problem)
    {
        status.NotStarted(problem);
        logger.LogWarning("13F fetch not started: {Problem}", problem);
    }

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => fetcher.FetchOnceAsync(cancellationToken);

    protected override void Failed(Exception exception)
    {
        status.Failed(exception.Message);
        logger.LogError(exception, "13F fetch failed; it runs again in {Interval}", Interval);
    }

    protected override TimeSpan Delay(EdgarOptions options, DateTimeOffset now) => Interval;
}
