using System.Globalization;
using InsiderBot.Health;

namespace InsiderBot.Edgar.History;

/// <summary>The history bootstrap's progress for <c>/status</c>, on one line.</summary>
public sealed class BootstrapStatus : IStatusContributor
{
    private volatile string line = "off";

    public void Off(string why) => line = $"off ({why})";

    public void Running(DateOnly target, DateOnly? coveredBack, DateOnly today)
    {
        var total = Math.Max(1, today.DayNumber - target.DayNumber);
        var done = coveredBack is { } back ? Math.Clamp(today.DayNumber - back.DayNumber, 0, total) : 0;
        line = string.Create(CultureInfo.InvariantCulture,
            $"fetching the market's history back to {target:yyyy-MM-dd}, newest first: {(coveredBack is { } b ? $"complete back to {b:yyyy-MM-dd}" : "started")} ({100 * done / total}%)");
    }

    public void Waiting(string problem, TimeSpan retry) => line = $"paused: {problem}; retrying in {retry}";

    public void Done(DateOnly target) => line = string.Create(CultureInfo.InvariantCulture, $"done: the market's history is complete back to {target:yyyy-MM-dd}");

    public IEnumerable<StatusLine> Status() => [new StatusLine("History bootstrap", line)];
}
