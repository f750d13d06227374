using System.Globalization;
using InsiderBot.Health;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.Live;

/// <summary>Live ingestion's health for <c>/status</c> and <c>/readyz</c>: last poll, today's counts, backoff.</summary>
public sealed class IngestionStatus(IOptions<EdgarOptions> options, TimeProvider time, Http.EdgarRateLimiter limiter) : IStatusContributor, IReadinessCheck
{
    private readonly Lock gate = new();
    private DateOnly day;
    private int filingsToday, quarantinedToday;

    public DateTimeOffset? LastSuccessfulPoll { get; private set; }
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();
    public string? LastProblem { get; private set; }
    public string? NotStartedBecause { get; private set; }

    public int FilingsToday
    {
        get
        {
            lock (gate) return Today() == day ? filingsToday : 0;
        }
    }

    public int QuarantinedToday
    {
        get
        {
            lock (gate) return Today() == day ? quarantinedToday : 0;
        }
    }

    public void NotStarted(string reason) => NotStartedBecause = reason;

    public void Counted(int stored, int quarantined)
    {
        lock (gate)
        {
            var today = Today();
            if (today != day)
            {
                day = today;
                filingsToday = quarantinedToday = 0;
            }

            filingsToday += stored;
            quarantinedToday += quarantined;
        }
    }

    public void Polled(string? problem)
    {
        LastProblem = problem;
        if (problem is null) LastSuccessfulPoll = time.GetUtcNow();
    }

    public IEnumerable<StatusLine> Status()
    {
        var o = options.Value;
        if (!o.Enabled) return [new StatusLine("EDGAR", "live ingestion off (set Edgar:Enabled=true)")];
        if (NotStartedBecause is { } why) return [new StatusLine("EDGAR", $"not started: {why}")];
        var backoff = limiter.CurrentBackoff;
        return
        [
            new StatusLine("EDGAR last poll", LastSuccessfulPoll is { } at ? at.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "none yet"),
            new StatusLine("EDGAR filings today", FilingsToday.ToString(CultureInfo.InvariantCulture)),
            new StatusLine("EDGAR quarantined today", QuarantinedToday.ToString(CultureInfo.InvariantCulture)),
            new StatusLine("EDGAR backoff", backoff > TimeSpan.Zero ? $"{backoff.TotalSeconds:0}s" : "none"),
            .. LastProblem is { } p ? [new StatusLine("EDGAR last problem", p)] : Array.Empty<StatusLine>(),
        ];
    }

    /// <summary>Not ready when live ingestion should run but has not polled successfully for three intervals.</summary>
    public string? Problem()
    {
        var o = options.Value;
        if (!o.Enabled) return null;
        if (NotStartedBecause is { } why) return $"EDGAR ingestion not started: {why}";
        var allowed = TimeSpan.FromTicks(Math.Max(o.PollInterval.Ticks, o.QuietPollInterval.Ticks) * 3);
        var since = LastSuccessfulPoll ?? StartedAt;
        return time.GetUtcNow() - since > allowed ? $"EDGAR not polled successfully since {since:u}" : null;
    }

    private DateOnly Today() => EasternTime.Today(time);
}
