namespace InsiderBot.Insights.Signals;

/// <summary>Cohen, Malloy &amp; Pomorski (2012): routine trades carry no information; opportunistic ones do.</summary>
public enum InsiderStatus
{
    /// <summary>Less than three years of history.</summary>
    Unknown,
    /// <summary>Traded in the same calendar month in each of the three previous years.</summary>
    Routine,
    /// <summary>Three or more years of history and no such calendar habit.</summary>
    Opportunistic,
}
