using System.Globalization;

namespace InsiderBot.Filings;

/// <summary>
/// Decides whether a table's <c>value</c> is in thousands or dollars. The SEC switched to dollars for filings made from
/// 2023-01-03 (SEC-DATA.md; the date is not confirmed there): the filing date decides, so a 2020 report amended in 2023
/// is in dollars. Without a filing date the period decides (a report for 2022-12-31 or later was filed after the
/// switch); with neither, the implied price per share does (thousands make most prices look like cents).
/// </summary>
public static class ThirteenFValueUnits
{
    public static readonly DateOnly DollarsFrom = new(2023, 1, 3);
    public static readonly DateOnly FirstDollarPeriod = new(2022, 12, 31);

    public static (ThirteenFValueUnit Unit, string Basis) Decide(DateOnly? filedOn, DateOnly? period, IReadOnlyList<(decimal Value, decimal Amount)> rows)
    {
        if (filedOn is { } filed)
            return filed >= DollarsFrom ? (ThirteenFValueUnit.Dollars, $"filed {Iso(filed)}, on or after {Iso(DollarsFrom)}: dollars")
                : (ThirteenFValueUnit.Thousands, $"filed {Iso(filed)}, before {Iso(DollarsFrom)}: thousands");
        if (period is { } p)
            return p >= FirstDollarPeriod ? (ThirteenFValueUnit.Dollars, $"period {Iso(p)}, filed after the switch: dollars")
                : (ThirteenFValueUnit.Thousands, $"period {Iso(p)}, filed before the switch: thousands");

        var prices = rows.Where(r => r.Amount > 0).Select(r => r.Value / r.Amount).Order().ToList();
        if (prices.Count == 0) return (ThirteenFValueUnit.Dollars, "no dates and no amounts: assumed dollars");
        var median = prices[prices.Count / 2];
        return median < 1m
            ? (ThirteenFValueUnit.Thousands, $"no dates; median value per share {median.ToString("0.###", CultureInfo.InvariantCulture)}: thousands")
            : (ThirteenFValueUnit.Dollars, $"no dates; median value per share {median.ToString("0.##", CultureInfo.InvariantCulture)}: dollars");
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
