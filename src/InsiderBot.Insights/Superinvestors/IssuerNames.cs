using System.Text;
using System.Text.RegularExpressions;

namespace InsiderBot.Insights.Superinvestors;

/// <summary>
/// Company names as 13F tables and Form 4s both write them, reduced to what they share: "Tesla, Inc." and "TESLA INC",
/// "CHEVRON CORP NEW" and "Chevron Corp", "Alphabet Inc. Class A" and "ALPHABET INC" come out the same.
/// </summary>
public static partial class IssuerNames
{
    [GeneratedRegex(@"/[A-Z]{2,}/")]
    private static partial Regex StateTag();

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY", "COMPANIES", "COS", "LTD", "LIMITED", "PLC", "LLC", "LP", "SA", "NV", "AG", "SE",
        "HOLDINGS", "HOLDING", "HLDGS", "NEW", "COM", "DEL", "DE", "ORD", "SHS",
    };

    /// <summary>The abbreviations 13F tables use (CUSIP Service Bureau style), spelled out.</summary>
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["AMER"] = "AMERICA", ["FINL"] = "FINANCIAL", ["INTL"] = "INTERNATIONAL", ["MFG"] = "MANUFACTURING",
        ["MTRS"] = "MOTORS", ["PETE"] = "PETROLEUM", ["SVCS"] = "SERVICES", ["TECHNOLOGIES"] = "TECHNOLOGY", ["TECH"] = "TECHNOLOGY",
        ["PHARMACEUTICALS"] = "PHARMACEUTICAL", ["PHARMA"] = "PHARMACEUTICAL", ["COMMUNICATIONS"] = "COMMUNICATION", ["COMMUNICATNS"] = "COMMUNICATION",
        ["BANCORPORATION"] = "BANCORP", ["SYS"] = "SYSTEMS", ["GRP"] = "GROUP", ["MGMT"] = "MANAGEMENT",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "OF", "AND", "THE" };

    public static string Normalize(string name)
    {
        // EDGAR's state tags ("BANK OF AMERICA CORP /DE/") go; a lone slash ("NOVO-NORDISK A/S") is punctuation.
        var upper = StateTag().Replace(name.ToUpperInvariant(), " ");
        var cleaned = new StringBuilder(upper.Length);
        foreach (var ch in upper) cleaned.Append(char.IsAsciiLetterOrDigit(ch) ? ch : ' ');

        var words = cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Fillers.Contains(w))
            .Select(w => Abbreviations.GetValueOrDefault(w, w))
            .ToList();
        while (words.Count > 1)
        {
            var last = words[^1];
            if (last.Length == 1 && words[^2] is "CLASS" or "CL")
                words.RemoveRange(words.Count - 2, 2);
            else if (Suffixes.Contains(last))
                words.RemoveAt(words.Count - 1);
            else
                break;
        }

        return string.Join(' ', words);
    }

    /// <summary>Exact after normalising; likely when one name's words begin the other's or the first two words agree; else no match.</summary>
    public static MatchConfidence? Compare(string issuerName, string holdingName) => CompareNormalized(Normalize(issuerName), Normalize(holdingName));

    /// <summary><see cref="Compare"/> for names already passed through <see cref="Normalize"/>.</summary>
    public static MatchConfidence? CompareNormalized(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return null;
        if (a == b) return MatchConfidence.ExactName;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= 4 && longer.StartsWith(shorter + " ", StringComparison.Ordinal)) return MatchConfidence.LikelyName;
        var (wa, wb) = (a.Split(' '), b.Split(' '));
        return wa.Length >= 2 && wb.Length >= 2 && wa[0] == wb[0] && wa[1] == wb[1] && wa[0].Length >= 3 ? MatchConfidence.LikelyName : null;
    }
}
