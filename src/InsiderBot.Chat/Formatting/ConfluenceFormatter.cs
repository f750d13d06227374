using InsiderBot.Import.Superinvestors;
using InsiderBot.Insights.Superinvestors;

namespace InsiderBot.Chat.Formatting;

/// <summary>
/// The one line a signal carries when a tracked superinvestor holds the company, e.g.
/// "13F confluence: Berkshire Hathaway initiated a $1.2B position in Q3 2024 (name match, likely)".
/// </summary>
public static class ConfluenceFormatter
{
    public static string Line(Confluence confluence)
    {
        ArgumentNullException.ThrowIfNull(confluence);
        var p = confluence.Lead;
        var value = Amounts.Money(p.Current?.Value ?? 0);
        var quarter = ThirteenFImporter.Quarter(p.Period);
        var what = confluence.Initiated ? $"initiated a {value} position in {quarter}"
            : p.Change == PositionChange.Added ? $"added to its position in {quarter}, now {value}"
            : p.Change == PositionChange.Trimmed ? $"trimmed its position in {quarter}, still {value}"
            : $"held a {value} position in {quarter}";
        var others = confluence.OtherManagers switch
        {
            0 => "",
            1 => "; 1 more tracked manager holds it",
            var n => $"; {n} more tracked managers hold it",
        };
        return $"13F confluence: {p.Manager.Name} {what} ({Match(p.Confidence)}){others}";
    }

    private static string Match(MatchConfidence confidence) => confidence switch
    {
        MatchConfidence.Configured => "configured CUSIP",
        MatchConfidence.ExactName => "name match, exact",
        _ => "name match, likely",
    };
}
