using System.Globalization;

namespace InsiderBot.Filings;

/// <summary>Reads the scalar values of EDGAR forms as filers really write them.</summary>
public static class FormValues
{
    /// <summary>
    /// A date as <c>YYYY-MM-DD</c>, tolerating the xs:date offset suffix some filers add (<c>2024-07-19-05:00</c>).
    /// </summary>
    public static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var span = text.AsSpan().Trim();
        if (span.Length < 10) return null;
        // What DateOnly.TryParseExact(span[..10], "yyyy-MM-dd", invariant) accepts, read by hand: it is most of a
        // parse's time otherwise. Exactly four, two and two ASCII digits, dashes between, a real calendar day.
        if (span[4] != '-' || span[7] != '-') return null;
        if (Digits(span[..4]) is not { } year || Digits(span[5..7]) is not { } month || Digits(span[8..10]) is not { } day) return null;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    private static int? Digits(ReadOnlySpan<char> span)
    {
        var value = 0;
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c)) return null;
            value = value * 10 + (c - '0');
        }

        return value;
    }

    /// <summary>A number such as <c>106150.00</c> or <c>289.408</c>; null when blank or unreadable.</summary>
    public static decimal? Number(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var span = text.AsSpan().Trim();
        return decimal.TryParse(span, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary><c>1</c>/<c>true</c> is yes, <c>0</c>/<c>false</c> is no, anything else is not reported.</summary>
    public static bool? Flag(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t == "1" || t.Equals("true", StringComparison.OrdinalIgnoreCase) || t.Equals("Y", StringComparison.OrdinalIgnoreCase)) return true;
        if (t == "0" || t.Equals("false", StringComparison.OrdinalIgnoreCase) || t.Equals("N", StringComparison.OrdinalIgnoreCase)) return false;
        return null;
    }

    /// <summary>A CIK written with or without leading zeros.</summary>
    public static long? Cik(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return long.TryParse(text.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var cik) && cik > 0 && cik < 100_000_000_000L
            ? cik
            : null;
    }
}
