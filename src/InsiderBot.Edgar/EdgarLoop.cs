using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar;

/// <summary>
/// A background service that asks EDGAR again and again while the bot runs (live polling, the 13F fetch): in live mode
/// only, never without <c>Edgar:UserAgent</c>; a failed pass is reported and the next one runs after the delay.
/// </summary>
public abstract class EdgarLoop(IOptions<EdgarOptions> options, TimeProvider time) : BackgroundService
{
    /// <summary>Live mode is on but the loop cannot start (no user agent): say so where the operator looks.</summary>
    protected abstract void NotStarted(string problem);

    /// <summary>The loop is about to run its first pass.</summary>
    protected virtual void Started(EdgarOptions options)
    {
    }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>A pass failed with something other than shutdown; the loop goes on.</summary>
    protected abstract void Failed(Exception exception);

    /// <summary>How long to wait after a pass, asked after each one.</summary>
    protected abstract TimeSpan Delay(EdgarOptions options, DateTimeOffset now);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled) return;
        if (o.UserAgentProblem() is { } problem)
        {
            NotStarted(problem);
            return;
        }

        Started(o);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(ex);
            }

            try
            {
                await Task.Delay(Delay(o, time.GetUtcNow()), time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
