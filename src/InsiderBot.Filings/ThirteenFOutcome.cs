namespace InsiderBot.Filings;

/// <summary>A parsed 13F report, or why the file could not be read as one.</summary>
public sealed record ThirteenFOutcome(string Source, ThirteenFReport? Report, string? Problem)
{
    public bool IsParsed => Report is not null;

    public static ThirteenFOutcome Parsed(ThirteenFReport report) => new(report.Source, report, null);

    public static ThirteenFOutcome Failed(string source, string problem) => new(source, null, problem);
}
