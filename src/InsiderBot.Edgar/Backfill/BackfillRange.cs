using System.Globalization;
using InsiderBot.Edgar.DataSets;

namespace InsiderBot.Edgar.Backfill;

/// <summary>
/// The days a <c>backfill</c> asks for: <c>--from 2023q1 --to 2024q4</c>, <c>--from 2024-10-01 --to now</c> or
/// <c>--days 120</c> (the last 120 days up to today). A quarter as <c>--to</c> means its last day; no <c>--to</c> means
/// the <c>--from</c> quarter alone, or today for a date.
/// </summary>
public static class BackfillRange
{
    public const string Usage = "backfill needs a range: backfill --from 2023q1 --to now, --from 2024-10-01 --to 2024q4, or --days 120";

    public static (DateOnly From, DateOnly To)? Parse(IReadOnlyList<string> operands, DateOnly today)
    {
        string? Value(string name)
        {
            var i = operands.ToList().IndexOf(name);
            return i >= 0 && i + 1 < operands.Count ? operands[i + 1] : null;
        }

        if (Value("--days") is { } daysText)
        {
            if (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > 36_500) return null;
            return (today.AddDays(1 - days), today);
        }

        var fromText = Value("--from");
        if (fromText is null || Day(fromText, today, end: false) is not { } from) return null;
        var toText = Value("--to") ?? (DataSetBackfill.TryParseQuarter(fromText, out _) ? fromText : "now");
        if (Day(toText, today, end: true) is not { } to) return null;
        if (to > today) to = today;
        return from <= to ? (from, to) : null;
    }

    private static DateOnly? Day(string text, DateOnly today, bool end)
    {
        if (text.Equals("now", StringComparison.OrdinalIgnoreCase) || text.Equals("today", StringComparison.OrdinalIgnoreCase)) return today;
        if (DataSetBackfill.TryParseQuarter(text, out var quarter)) return end ? DataSetQuarters.LastDay(quarter) : DataSetQuarters.FirstDay(quarter);
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 2003 ? day : null;
    }
}
