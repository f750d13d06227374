using System.Globalization;
using System.Text.RegularExpressions;

namespace InsiderBot.Insights.Splits;

/// <summary>A split's terms: <see cref="New"/> shares for every <see cref="Old"/> (5-for-1, 3-for-2, 1-for-10 reverse).</summary>
public readonly partial record struct SplitRatio(int New, int Old)
{
    /// <summary>The ratios companies actually use, forward and reverse; inference only proposes these.</summary>
    public static IReadOnlyList<SplitRatio> Usual { get; } =
        new[] { 2, 3, 4, 5, 6, 7, 8, 10, 15, 20, 25, 30, 40, 50, 100 }.SelectMany(n => new[] { new SplitRatio(n, 1), new SplitRatio(1, n) })
            .Concat([new(3, 2), new(5, 4), new(5, 2), new(4, 3), new(2, 3), new(2, 5), new(4, 5)])
            .ToList();

    /// <summary>Shares after the split per share before it.</summary>
    public decimal Factor => (decimal)New / Old;

    public bool IsReverse => New < Old;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{New}-for-{Old}{(IsReverse ? " reverse" : "")}");

    /// <summary>Reads "5-for-1", "3:2", "1-for-10" (a trailing "reverse" is allowed).</summary>
    public static bool TryParse(string? text, out SplitRatio ratio)
    {
        ratio = default;
        var match = Written().Match(text ?? "");
        if (!match.Success) return false;
        if (!int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var n) ||
            !int.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var o) || n <= 0 || o <= 0 || n == o) return false;
        ratio = new SplitRatio(n, o);
        return true;
    }

    [GeneratedRegex(@"^\s*(\d{1,6})\s*(?:-?\s*for\s*-?|:)\s*(\d{1,6})(?:\s+reverse)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Written();
}
