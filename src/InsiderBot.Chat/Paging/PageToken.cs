using System.Globalization;
using InsiderBot.Chat.Formatting;

namespace InsiderBot.Chat.Paging;

/// <summary>
/// The <c>page:N</c> token a listing command accepts anywhere among its arguments (<c>/insiders TSLA 3650 page:2</c>),
/// and the command line that asks for a given page, which is what the platforms' paging buttons carry.
/// </summary>
public static class PageToken
{
    public const string Prefix = "page:";
    public const int MaxPage = 10_000;

    /// <summary>True when the argument is a page token (well formed or not).</summary>
    public static bool IsPageToken(string argument) => argument.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Takes the page token out of <paramref name="arguments"/>: <paramref name="page"/> is its number, or null when there
    /// is none. Returns a one-line refusal naming what would work when the token is malformed or repeated.
    /// </summary>
    public static string? Take(string command, IReadOnlyList<string> arguments, out IReadOnlyList<string> rest, out int? page)
    {
        var kept = arguments.Where(a => !IsPageToken(a)).ToList();
        var tokens = arguments.Where(IsPageToken).Select(a => a.Trim()[Prefix.Length..]).ToList();
        rest = kept;
        page = null;
        if (tokens.Count == 0) return null;
        var example = Line(command, kept, 2);
        if (tokens.Count > 1) return $"Give one page, e.g. {example}.";
        if (!int.TryParse(tokens[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > MaxPage)
            return $"'{EchoedInput.Clip(tokens[0])}' is not a page: page: takes a whole number from 1 to {MaxPage}, e.g. {example}.";
        page = number;
        return null;
    }

    /// <summary>The command line that shows page <paramref name="page"/>: <c>/insiders TSLA 3650 page:2</c>. Empty and spaced arguments are quoted, so positions survive.</summary>
    public static string Line(string command, IReadOnlyList<string> arguments, int page) =>
        string.Join(' ', ["/" + command, .. arguments.Select(Quoted), Prefix + page.ToString(CultureInfo.InvariantCulture)]);

    private static string Quoted(string argument)
    {
        var clean = argument.Replace("\"", "", StringComparison.Ordinal).Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal);
        return clean.Length == 0 || clean.Any(char.IsWhiteSpace) ? $"\"{clean}\"" : clean;
    }
}
