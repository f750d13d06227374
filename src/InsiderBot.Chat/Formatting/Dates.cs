using System.Globalization;
using Humanizer;

namespace InsiderBot.Chat.Formatting;

/// <summary>Dates as people read them: "2024-04-01 (3 days ago)".</summary>
public static class Dates
{
    // Humanizer's phrasing is costly (resource lookups per call) and depends only on the two days: remembered.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(DateOnly Date, DateOnly Today), string> Phrased = new();

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string WithAgo(DateOnly date, DateTimeOffset now) => $"{Iso(date)} ({Ago(date, now)})";

    public static string Ago(DateOnly date, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (date == today) return "today";
        if (date == today.AddDays(-1)) return "yesterday";
        if (Phrased.TryGetValue((date, today), out var known)) return known;
        if (Phrased.Count > 50_000) Phrased.Clear();
        return Phrased[(date, today)] = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Humanize(utcDate: true, dateToCompareAgainst: today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), culture: CultureInfo.InvariantCulture);
    }
}
