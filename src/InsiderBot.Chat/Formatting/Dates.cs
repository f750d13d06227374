using System.Globalization;
using Humanizer;

namespace InsiderBot.Chat.Formatting;

/// <summary>Dates as people read them: "2024-04-01 (3 days ago)".</summary>
public static class Dates
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string WithAgo(DateOnly date, DateTimeOffset now) => $"{Iso(date)} ({Ago(date, now)})";

    public static string Ago(DateOnly date, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (date == today) return "today";
        if (date == today.AddDays(-1)) return "yesterday";
        return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Humanize(utcDate: true, dateToCompareAgainst: today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), culture: CultureInfo.InvariantCulture);
    }
}
