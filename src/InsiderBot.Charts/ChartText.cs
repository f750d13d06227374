using System.Globalization;
using SkiaSharp;

namespace InsiderBot.Charts;

/// <summary>Short words and numbers for a small picture: "$2.1B", "Musk Elon", and text cut to fit with an ellipsis.</summary>
internal static class ChartText
{
    private const int MaxNameLength = 24;

    public static string Money(double value)
    {
        var v = Math.Abs(value);
        return v switch
        {
            >= 1e9 => "$" + Short(v / 1e9) + "B",
            >= 1e6 => "$" + Short(v / 1e6) + "M",
            >= 1e4 => "$" + Short(v / 1e3) + "k",
            _ => v.ToString("$#,0", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The filer's name as filed ("Musk Elon"), in title case when the filing shouted it, and kept short.</summary>
    public static string Name(string name)
    {
        var trimmed = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (trimmed.Length == 0) return "Unnamed insider";
        if (trimmed.Any(char.IsLetter) && !trimmed.Any(char.IsLower))
            trimmed = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(trimmed.ToLowerInvariant());
        return trimmed.Length > MaxNameLength ? trimmed[..(MaxNameLength - 1)].TrimEnd() + "…" : trimmed;
    }

    /// <summary>The text, or as much of it as fits in <paramref name="width"/> pixels followed by an ellipsis.</summary>
    public static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width) return text;
        for (var length = text.Length - 1; length > 0; length--)
        {
            var candidate = text[..length].TrimEnd() + "…";
            if (font.MeasureText(candidate) <= width) return candidate;
        }

        return "";
    }

    private static string Short(double v) => v >= 100 ? v.ToString("0", CultureInfo.InvariantCulture) : v.ToString("0.#", CultureInfo.InvariantCulture);
}
