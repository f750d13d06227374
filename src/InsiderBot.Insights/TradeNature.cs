namespace InsiderBot.Insights;

/// <summary>What a transaction is, read the way an analyst reads it.</summary>
public enum TradeNature
{
    /// <summary>P with no plan: the clean bullish signal.</summary>
    OpenMarketPurchase,
    /// <summary>P under a 10b5-1 plan.</summary>
    PlannedPurchase,
    /// <summary>S that no plan, exercise or tax explains: the only sale that feeds the selling signals.</summary>
    DiscretionarySale,
    /// <summary>S under a 10b5-1 plan.</summary>
    PlannedSale,
    /// <summary>S on the day of an M, X or O exercise by the same insider.</summary>
    ExerciseSale,
    /// <summary>S the footnotes tie to covering taxes on vesting.</summary>
    TaxSale,
    /// <summary>F: shares withheld for tax or exercise price.</summary>
    TaxWithholding,
    /// <summary>M, X, O, C: an exercise or conversion.</summary>
    Exercise,
    /// <summary>A: compensation.</summary>
    Award,
    /// <summary>G: a gift.</summary>
    Gift,
    /// <summary>Everything else (D, E, H, I, J, K, L, U, V, W, Z).</summary>
    Other,
}
