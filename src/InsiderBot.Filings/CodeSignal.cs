namespace InsiderBot.Filings;

/// <summary>Whether a transaction code, on its own, says anything about the insider's view of the stock.</summary>
public enum CodeSignal
{
    /// <summary>P: the one trade with a single motive.</summary>
    Bullish,
    /// <summary>S: many motives; a signal only in context.</summary>
    NeedsContext,
    /// <summary>I, J, K: read the footnote.</summary>
    Depends,
    /// <summary>Compensation, exercises, withholding, gifts and the like.</summary>
    None,
}
