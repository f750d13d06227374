namespace InsiderBot.Insights;

/// <summary>
/// What the classifier needs to know beyond the filing itself: exercises the same insider reported in other
/// filings, and the issuer's usual price around the trade date (to spot a total value typed as a price).
/// </summary>
public sealed record ClassificationContext(
    Func<long, DateOnly, bool> InsiderExercisedOn,
    Func<DateOnly, decimal?> TypicalPriceAround)
{
    /// <summary>No outside knowledge: classify from the filing alone.</summary>
    public static ClassificationContext FilingOnly { get; } = new((_, _) => false, _ => null);
}
