using System.Text.RegularExpressions;

namespace InsiderBot.Store;

/// <summary>Ticker symbols: the rule a user's input must meet, and the cleaning of the free-text symbol in filings.</summary>
public static partial class TickerSymbol
{
    public const string Rule = "a ticker is 1 to 10 letters or digits, optionally with '.' or '-' (AAPL, BRK-B, MFAC.U)";

    [GeneratedRegex(@"^[A-Z0-9]{1,6}(?:[.\-][A-Z0-9]{1,4})?$")]
    private static partial Regex Valid();

    private static readonly HashSet<string> NotSymbols = ["NONE", "NA", "N/A", "", "NOTAPPLICABLE"];

    public static bool IsValid(string text) => Valid().IsMatch(text.Trim().ToUpperInvariant());

    public static string Normalize(string text) => text.Trim().ToUpperInvariant().Replace('.', '-');

    /// <summary>The symbols a filing's <c>issuerTradingSymbol</c> names ("WLY, WLYB" is two; "NONE" is none).</summary>
    public static IReadOnlyList<string> FromFiling(string raw)
    {
        var symbols = new List<string>();
        foreach (var part in raw.Split([',', ';', '/', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var s = part.Trim().ToUpperInvariant();
            var colon = s.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0) s = s[(colon + 1)..];
            if (NotSymbols.Contains(s) || !IsValid(s)) continue;
            symbols.Add(Normalize(s));
        }

        return symbols;
    }
}
