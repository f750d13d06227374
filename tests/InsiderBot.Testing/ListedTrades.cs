using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace InsiderBot.Testing;

/// <summary>
/// Reads the trades an answer lists, from its rendered text on any platform (plain text, Discord embeds, Slack blocks):
/// the items after the "N transactions in M trades" heading up to the page's position line ("trades 21–40 of 91"),
/// each as its headline and detail line, with its date.
/// </summary>
public static partial class ListedTrades
{
    public static IReadOnlyList<(DateOnly Date, string Text)> In(string rendered)
    {
        var heading = Heading().Match(rendered);
        Assert.True(heading.Success, "no trade listing in: " + rendered);
        var position = Position().Match(rendered, heading.Index);
        var end = position.Success ? position.Index : rendered.Length;
        return Item().Matches(rendered[heading.Index..end])
            .Select(m => (DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture), m.Value.Replace("*", "", StringComparison.Ordinal).Trim()))
            .ToList();
    }

    /// <summary>The page's position ("trades 21–40 of 91") as numbers, or null when the answer shows none.</summary>
    public static (int First, int Last, int Total)? PositionOf(string rendered) =>
        Position().Match(rendered) is { Success: true } m
            ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))
            : null;

    [GeneratedRegex(@"\d+ transactions?(?: in \d+ trades?)?, newest first")]
    private static partial Regex Heading();

    [GeneratedRegex(@"trades (\d+)–(\d+) of (\d+)")]
    private static partial Regex Position();

    [GeneratedRegex(@"(?m)^[^\n\d]*(\d{4}-\d{2}-\d{2}) \([^)\n]*\) · [^\n]*\n[^\n]*$")]
    private static partial Regex Item();
}
