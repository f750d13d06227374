using InsiderBot.Insights;

namespace InsiderBot.Charts;

public static class MarkerKinds
{
    /// <summary>Flagged rows are left out of signals, so they are drawn as mechanical even when they are a P or S.</summary>
    public static MarkerKind Of(TransactionClassification c) => c switch
    {
        { IsFlagged: true } => MarkerKind.Mechanical,
        { Nature: TradeNature.OpenMarketPurchase } => MarkerKind.Buy,
        { Nature: TradeNature.DiscretionarySale } => MarkerKind.Sale,
        _ => MarkerKind.Mechanical,
    };
}
