namespace InsiderBot.Insights.Splits;

/// <summary>Where a split's terms come from.</summary>
public enum SplitSource
{
    /// <summary>Inferred from reported holdings and prices.</summary>
    Filings,
    /// <summary>A filing's footnote states the split with its date.</summary>
    Footnote,
    /// <summary>Configured under <c>Splits:Known</c>.</summary>
    Configured,
}
