using System.Globalization;

namespace InsiderBot.Chat.Commands;

/// <summary>
/// The days an answer covers: the last N days up to today (<c>90</c>), or a date range (<c>from:2022-04-01
/// to:2022-04-30</c>; either end alone reaches today or goes back N days). Typed on Slack and the console as
/// <c>from:</c>/<c>to:</c> tokens; Discord sends its <c>from</c> and <c>to</c> options in their parameter positions.
/// </summary>
public sealed record TradeWindow(DateOnly From, DateOnly To, int? LastDays)
{
    public const string DateFormat = "YYYY-MM-DD";

    /// <summary>"last 90 days" or "2022-04-01 → 2022-04-30".</summary>
    public string Label => LastDays is { } days ? $"last {days} days" : $"{Day(From)} → {Day(To)}";

    /// <summary>"the last 90 days" or "2022-04-01 → 2022-04-30", for a sentence.</summary>
    public string Phrase => LastDays is { } days ? $"the last {days} days" : Label;

    /// <summary>
    /// Reads the window from the arguments after the command's subject, or says in one line what would work.
    /// <paramref name="firstDatePosition"/> is the position of the <c>from</c> parameter (Discord's options arrive there).
    /// </summary>
    public static string? TryParse(IReadOnlyList<string> arguments, int firstDatePosition, DateOnly today, int defaultDays, int maxDays, string example, out TradeWindow window)
    {
        window = new TradeWindow(today.AddDays(-defaultDays), today, defaultDays);
        int? days = null;
        DateOnly? from = null, to = null;
        var dateFormat = $"dates are {DateFormat}, e.g. {example} from:2022-04-01 to:2022-04-30";
        for (var i = 0; i < arguments.Count; i++)
        {
            var raw = arguments[i].Trim();
            if (raw.Length == 0) continue;
            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            var value = colon > 0 ? raw[(colon + 1)..] : raw;
            var name = colon > 0 ? raw[..colon].ToLowerInvariant()
                : !raw.Contains('-', StringComparison.Ordinal) ? "days"
                : i == firstDatePosition + 1 || from is not null ? "to" : "from";
            switch (name)
            {
                case "days":
                    if (days is not null) return $"Give one number of days, e.g. {example} {defaultDays}; or give dates: {example} from:2022-04-01 to:2022-04-30.";
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > maxDays)
                        return $"days must be a whole number from 1 to {maxDays}, e.g. {example} {defaultDays}; or give dates: {example} from:2022-04-01 to:2022-04-30.";
                    days = n;
                    break;
                case "from" or "to":
                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        return $"'{Formatting.EchoedInput.Clip(value)}' is not a date: {dateFormat}.";
                    if (name == "from") from = date;
                    else to = date;
                    break;
                default:
                    return $"Unknown option '{Formatting.EchoedInput.Clip(name)}:'. Use days, from: or to:, e.g. {example} from:2022-04-01 to:2022-04-30.";
            }
        }

        if (from is null && to is null)
        {
            var last = days ?? defaultDays;
            window = new TradeWindow(today.AddDays(-last), today, last);
            return null;
        }

        if (days is not null && from is not null && to is not null) return $"Give days or from:/to:, not both, e.g. {example} from:2022-04-01 to:2022-04-30.";
        var end = to ?? (from is { } f && days is { } d ? f.AddDays(d) : today);
        var start = from ?? end.AddDays(-(days ?? defaultDays));
        if (end > today) end = today;
        if (start > end) return $"from: must come before to: ({Day(start)} is after {Day(end)}); {dateFormat}.";
        if (end.DayNumber - start.DayNumber > maxDays) return $"A window spans at most {maxDays} days ({Day(start)} → {Day(end)} spans {end.DayNumber - start.DayNumber}).";
        window = new TradeWindow(start, end, null);
        return null;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
