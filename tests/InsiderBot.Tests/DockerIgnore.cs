using System.Text;
using System.Text.RegularExpressions;

namespace InsiderBot.Tests;

/// <summary>
/// A <c>.dockerignore</c> read the way Docker reads it: patterns relative to the context root, <c>*</c> and <c>?</c>
/// within one path segment, <c>**</c> across any number of them, a pattern that matches a folder excludes what it
/// holds, <c>!</c> includes again, and the last matching line wins.
/// </summary>
internal sealed class DockerIgnore(IReadOnlyList<(string Pattern, bool Include, Regex Match)> rules)
{
    public IEnumerable<string> Patterns => rules.Select(r => r.Pattern);

    public static DockerIgnore Parse(IEnumerable<string> lines) => new(lines
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => (Include: l.StartsWith('!'), Pattern: l.TrimStart('!').Trim('/')))
        .Select(r => (r.Pattern, r.Include, ToRegex(r.Pattern)))
        .ToList());

    /// <summary>True when the file or folder at this context-relative path (forward slashes) stays out of the build context.</summary>
    public bool Excludes(string path)
    {
        var segments = path.Trim('/').Split('/');
        var excluded = false;
        foreach (var rule in rules)
        {
            // The path itself or any folder above it.
            if (Enumerable.Range(1, segments.Length).Any(n => rule.Match.IsMatch(string.Join('/', segments.Take(n))))) excluded = !rule.Include;
        }

        return excluded;
    }

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(pattern[i] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    var c => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
