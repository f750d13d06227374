using System.Globalization;
using Humanizer;

namespace InsiderBot.Chat.Formatting;

/// <summary>Numbers the way a person writes them: "$3.4M", "1.9 million shares", "$31.92".</summary>
public static class Amounts
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Money(decimal? value)
    {
        if (value is not { } v) return "value unknown";
        var sign = v < 0 ? "-" : "";
        v = Math.Abs(v);
        return sign + (v switch
        {
            >= 1_000_000_000m => "$" + Short(v / 1_000_000_000m) + "B",
            >= 1_000_000m => "$" + Short(v / 1_000_000m) + "M",
            >= 10_000m => "$" + Short(v / 1_000m) + "k",
            _ => v.ToString("$#,0", Invariant),
        });
    }

    public static string Price(decimal? price) => price switch
    {
        null => "no price",
        >= 1000m => price.Value.ToString("$#,0.##", Invariant),
        >= 1m => price.Value.ToString("$#,0.00", Invariant),
        _ => price.Value.ToString("$0.####", Invariant),
    };

    public static string Shares(decimal? shares) => shares is { } s ? Count(s) + (s == 1m ? " share" : " shares") : "shares not reported";

    /// <summary>"1.9 million", "12,500", "289.408".</summary>
    public static string Count(decimal n)
    {
        var a = Math.Abs(n);
        if (a >= 1_000_000_000m) return Short(n / 1_000_000_000m) + " billion";
        if (a >= 1_000_000m) return Short(n / 1_000_000m) + " million";
        return n == Math.Floor(n) ? n.ToString("#,0", Invariant) : n.ToString("#,0.###", Invariant);
    }

    private static string Short(decimal v) => v >= 100 ? v.ToString("0", Invariant) : v.ToString("0.#", Invariant);
}
