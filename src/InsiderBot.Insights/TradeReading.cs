using System.Globalization;

namespace InsiderBot.Insights;

/// <summary>One line that says why a trade matters or does not, in the guide's words.</summary>
public static class TradeReading
{
    /// <summary>A discretionary sale this large (share of the position) is "worth a look".</summary>
    public const decimal NotableSaleFraction = 0.20m;

    /// <summary>A discretionary sale this large (in dollars) is "worth a look".</summary>
    public const decimal NotableSaleValue = 1_000_000m;

    public static string For(TransactionClassification c, string code, InsiderRole cSuite = InsiderRoles.DefaultCSuite)
    {
        var reading = c.Nature switch
        {
            TradeNature.OpenMarketPurchase => "Open-market purchase — the clean bullish signal",
            TradeNature.PlannedPurchase => $"Purchase under a 10b5-1 plan{Adopted(c.Plan)} — pre-scheduled, a weaker signal than a discretionary buy",
            TradeNature.PlannedSale => $"Sale under a 10b5-1 plan{Adopted(c.Plan)} — pre-scheduled, carries no current view",
            TradeNature.ExerciseSale => "Sale of shares from a same-day option exercise — mechanical",
            TradeNature.TaxSale => "Sale to cover taxes on vesting — automatic",
            TradeNature.TaxWithholding => "Shares withheld for taxes on vesting — automatic",
            TradeNature.Exercise => code == "C" ? "Conversion of a derivative security — mechanical" : "Option exercise — mechanical",
            TradeNature.Award => "Grant or award from the company — compensation, no view",
            TradeNature.Gift => "Gift — estate or charitable planning, no view",
            TradeNature.DiscretionarySale => DiscretionarySale(c, cSuite),
            _ => $"{Filings.TransactionCodes.Describe(code).Label} — {Filings.TransactionCodes.Describe(code).Reading.Split(':')[0].TrimEnd('.')}",
        };
        return c.IsFlagged ? $"{reading} (flagged: {DataFlags.Describe(c.Flags)}; left out of signals)" : reading;
    }

    private static string DiscretionarySale(TransactionClassification c, InsiderRole cSuite)
    {
        var share = c.PositionChange is { } p ? $", {Percent(p)} of the position" : "";
        var planNote = c.Plan.Status == PlanStatus.Unknown ? " (plan status not reported)" : "";
        var isCSuite = (c.Roles & cSuite) != 0;
        var large = c.PositionChange >= NotableSaleFraction || c.Value >= NotableSaleValue;
        if (isCSuite && large)
            return $"Discretionary sale by the {InsiderRoles.Senior(c.Roles & cSuite)}{share} — worth a look{planNote}";
        if (c.PositionChange >= 0.9m)
            return $"Discretionary sale{share} — a near-complete exit, worth a look{planNote}";
        return $"Discretionary sale{share} — weak on its own: diversification and taxes are common motives{planNote}";
    }

    private static string Adopted(PlanEvidence plan) =>
        plan.AdoptedOn is { } date ? $" adopted {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "";

    public static string Percent(decimal fraction) =>
        fraction >= 0.995m && fraction < 1m ? ">99%" :
        fraction < 0.01m && fraction > 0 ? "<1%" :
        (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
