using System.Globalization;

namespace InsiderBot.Insights.Signals;

/// <summary>Words and numbers for signal sentences: "$1.2M", "2024-03-01", "Alice, Bob and Carol".</summary>
public static class SignalText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Money(decimal? value)
    {
        if (value is not { } v) return "an unknown amount";
        var a = Math.Abs(v);
        return a switch
        {
            >= 1_000_000_000m => "$" + (v / 1_000_000_000m).ToString("0.#", Invariant) + "B",
            >= 1_000_000m => "$" + (v / 1_000_000m).ToString("0.#", Invariant) + "M",
            >= 10_000m => "$" + (v / 1_000m).ToString("0", Invariant) + "k",
            _ => v.ToString("$#,0", Invariant),
        };
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Span(DateOnly from, DateOnly to) => from == to ? $"on {Day(from)}" : $"from {Day(from)} to {Day(to)}";

    public static string Names(IReadOnlyList<string> names, int max = 4)
    {
        var shown = names.Take(max).ToList();
        if (names.Count > max) return string.Join(", ", shown) + $" and {names.Count - max} more";
        return shown.Count <= 1 ? string.Concat(shown) : string.Join(", ", shown.Take(shown.Count - 1)) + " and " + shown[^1];
    }

    public static string Insiders(int count) => count == 1 ? "1 insider" : $"{count} insiders";

    public static string Percent(decimal fraction) => TradeReading.Percent(fraction);

    public static string Status(InsiderStatus status) => status switch
    {
        InsiderStatus.Routine => "routine",
        InsiderStatus.Opportunistic => "opportunistic",
        _ => "unknown",
    };
}
