namespace InsiderBot.Insights;

/// <summary>Everything the bot concludes about one transaction; <c>/insiders</c>, the signals and the alerts all read it.</summary>
/// <param name="PositionChange">
/// For a disposal, the share of the pre-trade position sold: <c>shares / (owned_after + shares)</c>. For an acquisition,
/// the growth of the position: <c>shares / (owned_after − shares)</c>, null for a new position. Computed within the
/// row's own direct or indirect holding.
/// </param>
/// <param name="Value">shares × price; null (not zero) when the price is missing or only a footnote.</param>
public sealed record TransactionClassification(
    TradeNature Nature,
    PlanEvidence Plan,
    InsiderRole Roles,
    decimal? PositionChange,
    decimal? Value,
    DataFlag Flags)
{
    /// <summary>A P or S that no plan, exercise or tax explains.</summary>
    public bool IsDiscretionary => Nature is TradeNature.OpenMarketPurchase or TradeNature.DiscretionarySale;

    public bool IsFlagged => Flags != DataFlag.None;

    public bool IsPurchase => Nature is TradeNature.OpenMarketPurchase or TradeNature.PlannedPurchase;

    public bool IsSale => IsSaleNature(Nature);

    /// <summary>A nature that makes a row a sale: discretionary, planned, with an exercise, or to pay taxes.</summary>
    public static bool IsSaleNature(TradeNature nature) =>
        nature is TradeNature.DiscretionarySale or TradeNature.PlannedSale or TradeNature.ExerciseSale or TradeNature.TaxSale;

    /// <summary>A sale that a plan, an exercise or taxes explain.</summary>
    public bool IsMechanicalSale => Nature is TradeNature.PlannedSale or TradeNature.ExerciseSale or TradeNature.TaxSale;
}
