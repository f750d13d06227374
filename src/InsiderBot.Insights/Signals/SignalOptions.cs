using System.ComponentModel.DataAnnotations;

namespace InsiderBot.Insights.Signals;

/// <summary>The <c>Signals</c> section: every threshold of issue 4, with the defaults.</summary>
public sealed class SignalOptions
{
    public const string Section = "Signals";

    /// <summary>Distinct insiders (joint filers count once) that make a cluster.</summary>
    [Range(2, 1000, ErrorMessage = "Signals:ClusterMinInsiders must be 2 or more")]
    public int ClusterMinInsiders { get; set; } = 3;

    /// <summary>Greatest span, in days, between the first and last trade of a cluster.</summary>
    [Range(1, 365, ErrorMessage = "Signals:ClusterWindowDays must be 1 to 365")]
    public int ClusterWindowDays { get; set; } = 14;

    /// <summary>The roles that count as C-suite ("Ceo, Cfo, Coo, President").</summary>
    public InsiderRole CSuiteRoles { get; set; } = InsiderRoles.DefaultCSuite;

    [Range(typeof(decimal), "0", "1000000000000", ErrorMessage = "Signals:UnexplainedSaleMinValue must be a dollar amount, e.g. 1000000")]
    public decimal UnexplainedSaleMinValue { get; set; } = 1_000_000m;

    /// <summary>Share of the seller's position (0–1) that makes a C-suite sale large.</summary>
    [Range(typeof(decimal), "0", "1", ErrorMessage = "Signals:UnexplainedSaleMinPosition must be a fraction from 0 to 1, e.g. 0.2")]
    public decimal UnexplainedSaleMinPosition { get; set; } = 0.20m;

    [Range(1, 365, ErrorMessage = "Signals:LiquidationWindowDays must be 1 to 365")]
    public int LiquidationWindowDays { get; set; } = 30;

    /// <summary>Largest share of the starting position (0–1) that may remain for a near-complete liquidation.</summary>
    [Range(typeof(decimal), "0", "1", ErrorMessage = "Signals:LiquidationMaxRemaining must be a fraction from 0 to 1, e.g. 0.1")]
    public decimal LiquidationMaxRemaining { get; set; } = 0.10m;

    [Range(typeof(decimal), "0", "1000000000000", ErrorMessage = "Signals:LiquidationMinPositionValue must be a dollar amount, e.g. 250000")]
    public decimal LiquidationMinPositionValue { get; set; } = 250_000m;

    /// <summary>Years without a sale (and of history) before a sale counts as breaking a quiet period.</summary>
    [Range(1, 20, ErrorMessage = "Signals:QuietPeriodYears must be 1 to 20")]
    public int QuietPeriodYears { get; set; } = 2;

    /// <summary>A sale within this fraction of the high counts as selling into strength.</summary>
    [Range(typeof(decimal), "0", "1", ErrorMessage = "Signals:StrengthBand must be a fraction from 0 to 1, e.g. 0.05")]
    public decimal StrengthBand { get; set; } = 0.05m;

    [Range(1, 20, ErrorMessage = "Signals:StrengthLookbackYears must be 1 to 20")]
    public int StrengthLookbackYears { get; set; } = 3;

    /// <summary>Cohen–Malloy–Pomorski: years of same-month trading that make an insider routine.</summary>
    [Range(1, 20, ErrorMessage = "Signals:RoutineLookbackYears must be 1 to 20")]
    public int RoutineLookbackYears { get; set; } = 3;

    [Range(6, 600, ErrorMessage = "Signals:RatioHistoryMonths must be 6 to 600")]
    public int RatioHistoryMonths { get; set; } = 59;

    /// <summary>Top and bottom share of the history (0–0.5) that counts as extreme.</summary>
    [Range(typeof(decimal), "0", "0.5", ErrorMessage = "Signals:ExtremeDecile must be a fraction from 0 to 0.5, e.g. 0.1")]
    public decimal ExtremeDecile { get; set; } = 0.10m;

    /// <summary>Fewer past months with readings than this and the rank is not given.</summary>
    [Range(1, 600, ErrorMessage = "Signals:RatioMinHistoryMonths must be 1 to 600")]
    public int RatioMinHistoryMonths { get; set; } = 12;

    /// <summary>
    /// The settings that decide which signals fire and what they say (not the ratio's): a store whose signals were computed
    /// under other settings is recomputed, since incremental evaluation trusts the stored windows.
    /// </summary>
    public string DetectionFingerprint => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{ClusterMinInsiders}|{ClusterWindowDays}|{(int)CSuiteRoles}|{UnexplainedSaleMinValue}|{UnexplainedSaleMinPosition}|{LiquidationWindowDays}|{LiquidationMaxRemaining}|{LiquidationMinPositionValue}|{QuietPeriodYears}|{StrengthBand}|{StrengthLookbackYears}|{RoutineLookbackYears}");
}
