namespace InsiderBot.Benchmarks.Generation;

public enum FilingKind
{
    Sale,
    PlanSale,
    ExerciseAndSale,
    Grant,
    Conversion,
    Other,
    Purchase,
    TaxWithholding,
    Gift,
    LiquidationPart,
    LiquidationLast,
    Amendment,
}
