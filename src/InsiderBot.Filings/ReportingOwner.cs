namespace InsiderBot.Filings;

/// <summary>One reporting owner of a filing with the relationship flags and free-text titles it declared.</summary>
public sealed record ReportingOwner(
    long Cik,
    string Name,
    bool IsDirector,
    bool IsOfficer,
    bool IsTenPercentOwner,
    bool IsOther,
    string OfficerTitle,
    string OtherText);
