namespace InsiderBot.Insights;

/// <summary>Whether a trade was made under a Rule 10b5-1 plan.</summary>
public enum PlanStatus
{
    /// <summary>No checkbox (filings before April 2023) and no footnote says so.</summary>
    Unknown,
    Yes,
    No,
}
