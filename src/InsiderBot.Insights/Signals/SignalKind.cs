namespace InsiderBot.Insights.Signals;

/// <summary>The signals of issue 4, in the order they are ranked when the insiders' status is equal.</summary>
public enum SignalKind
{
    ClusterBuying,
    UnexplainedCSuiteSelling,
    NearCompleteLiquidation,
    ClusterSelling,
    SellingIntoStrength,
}
