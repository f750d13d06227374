using System.Globalization;
using System.Text.RegularExpressions;

namespace InsiderBot.Insights;

/// <summary>
/// Finds a Rule 10b5-1 plan in footnote text, in the ways filers write it ("10b5-1", "10b-5-1", "10b5–1",
/// "Rule 10b5-1(c)", "trading plan adopted …"). A mention of plain Rule 10b-5 is not a plan, and neither is
/// a sentence that says the trade was <em>not</em> made under one.
/// </summary>
public static partial class PlanDetector
{
    private const string Dash = @"[-‐‑‒–—―−]";

    [GeneratedRegex(@"10\s*b\s*" + Dash + @"?\s*5\s*" + Dash + @"\s*1(?!\d)|trading\s+plan\s+(?:that\s+was\s+|which\s+was\s+)?(?:adopted|entered)", RegexOptions.IgnoreCase)]
    private static partial Regex PlanMention();

    [GeneratedRegex(@"\b(?:not|no|neither|nor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"(?:adopted|entered\s+into|established)\b[^.;]{0,80}?(?:on|as\s+of|dated)?\s*(?<date>(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex Adoption();

    private static readonly char[] SentenceEnds = ['.', ';'];

    private static readonly string[] DateFormats =
    [
        "MMMM d yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMM d, yyyy", "MMM. d, yyyy", "MMM. d yyyy",
        "M/d/yyyy", "MM/dd/yyyy", "yyyy-MM-dd",
    ];

    /// <summary>Whether the text says a trade was made under a 10b5-1 plan, with the adoption date if it gives one.</summary>
    public static (bool IsPlan, DateOnly? AdoptedOn) Read(string text) =>
        NamesPlan(text) ? (true, AdoptionDate(text)) : (false, null);

    /// <summary>Whether the text says a trade was made under a 10b5-1 plan (a mention not negated in its sentence).</summary>
    public static bool NamesPlan(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        foreach (var mention in PlanMention().EnumerateMatches(text))
        {
            if (Negation().IsMatch(SentenceBefore(text, mention.Index))) continue;
            return true;
        }

        return false;
    }

    public static DateOnly? AdoptionDate(string text)
    {
        var match = Adoption().Match(text);
        if (!match.Success) return null;
        var raw = Regex.Replace(match.Groups["date"].Value.Replace("Sept", "Sep", StringComparison.Ordinal), @"\s+", " ");
        return DateOnly.TryParseExact(raw, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;
    }

    private static ReadOnlySpan<char> SentenceBefore(string text, int index)
    {
        var start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, index - 1));
        // "Rule 10b5-1(c)" and "Inc." must not end the sentence early: look back at most 120 characters.
        start = Math.Max(start + 1, index - 120);
        return text.AsSpan()[Math.Max(0, start)..index];
    }
}
