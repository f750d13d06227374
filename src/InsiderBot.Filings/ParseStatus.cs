namespace InsiderBot.Filings;

public enum ParseStatus
{
    /// <summary>A Form 4 or 4/A, read.</summary>
    Parsed,
    /// <summary>A well-formed document that is not a Form 4 (a Form 3 or 5, a 13F): not an error, not imported.</summary>
    Skipped,
    /// <summary>Unreadable or incomplete: set aside with a reason a person can act on.</summary>
    Quarantined,
}
