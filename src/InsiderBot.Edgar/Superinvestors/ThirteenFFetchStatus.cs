using System.Globalization;
using InsiderBot.Health;
using InsiderBot.Import.Superinvestors;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.Superinvestors;

/// <summary>
/// The 13F fetch's health for <c>/status</c>, on one line: the managers tracked, the newest quarter stored (and for how
/// many of them), and when the live fetch last ran and whether it failed.
/// </summary>
public sealed class ThirteenFFetchStatus(SuperinvestorTracker tracker, HoldingsStore holdings, IOptions<EdgarOptions> options, TimeProvider time)
    : IStatusContributor
{
    private volatile LastFetch? last;
    private volatile string? notStartedBecause;

    /// <summary>When the last fetch pass ended (or failed); null before the first.</summary>
    public DateTimeOffset? LastFetchAt => last?.At;

    public void NotStarted(string reason) => notStartedBecause = reason;

    /// <summary>A pass finished; managers whose history or filings could not be read count as its problems.</summary>
    public void Fetched(ThirteenFFetchReport report) => last = new LastFetch(time.GetUtcNow(), report, null);

    /// <summary>A pass stopped on an error.</summary>
    public void Failed(string problem) => last = new LastFetch(time.GetUtcNow(), null, problem);

    public IEnumerable<StatusLine> Status()
    {
        var managers = tracker.Managers;
        if (managers.Count == 0) return [new StatusLine("13F", "no managers tracked (set Superinvestors:Managers)")];

        var latest = managers.Select(m => holdings.LatestPeriod(m.Cik)).ToList();
        var newest = latest.Max();
        var stored = newest is { } q
            ? $"newest quarter stored {ThirteenFImporter.Quarter(q)} (for {latest.Count(p => p == q)} of them)"
            : "no quarter stored yet";
        var configured = tracker.Configured.Count;
        var demo = managers.Count - configured; // the demo store's own bundled filers
        var who = $"{configured} manager{(configured == 1 ? "" : "s")} tracked{(demo > 0 ? $", {demo} demo 13F filer{(demo == 1 ? "" : "s")}" : "")}";
        return [new StatusLine("13F", $"{who}; {stored}; {Fetch()}")];
    }

    private string Fetch()
    {
        if (!options.Value.Enabled) return "live fetch off (set Edgar:Enabled=true)";
        if (notStartedBecause is { } why) return $"live fetch not started: {why}";
        if (last is not { } l) return "not fetched yet";
        var at = l.At.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        return l.Report switch
        {
            null => $"last fetch {at} failed: {l.Problem}",
            { Problems: > 0 } r => $"last fetch {at} failed for {r.Problems} (see the log); {Count(r.Stored, "report")} stored",
            var r => $"last fetch {at} ok: {Count(r.Stored, "report")} stored, {Count(r.UpToDate, "quarter")} up to date",
        };
    }

    private sealed record LastFetch(DateTimeOffset At, ThirteenFFetchReport? Report, string? Problem);

    private static string Count(int n, string thing) => n == 1 ? $"1 {thing}" : $"{n} {thing}s";
}
