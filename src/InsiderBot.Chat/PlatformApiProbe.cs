using InsiderBot.Health;
using Microsoft.Extensions.Hosting;

namespace InsiderBot.Chat;

/// <summary>
/// Readiness of a platform in HTTP mode. The platform sends commands to the bot, so what can be down is the way back:
/// its Web API, which answers commands late, posts alerts and uploads charts. The API is asked at start and every
/// <see cref="Interval"/>; the platform is not ready until it answers, nor while it does not.
/// </summary>
public abstract class PlatformApiProbe(string platform, TimeProvider time) : BackgroundService, IReadinessCheck
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string? problem = $"{platform}: Web API not reached yet";

    /// <summary>Completes when the API has answered once.</summary>
    public Task Reached => reached.Task;

    public string? Problem() => problem;

    /// <summary>Null when the API answered; otherwise what went wrong, in a few words (never a credential).</summary>
    protected abstract Task<string?> AskAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            var failure = await AskAsync(stoppingToken);
            problem = failure is null ? null : $"{platform}: Web API not answering ({failure})";
            if (failure is null) reached.TrySetResult();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
