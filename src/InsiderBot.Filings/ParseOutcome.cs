namespace InsiderBot.Filings;

/// <summary>The result of reading one input: a filing, a document that is not a Form 4, or the reason it was set aside.</summary>
public sealed record ParseOutcome(ParseStatus Status, Form4Filing? Filing, string? Reason, string Source)
{
    public bool IsParsed => Status == ParseStatus.Parsed;

    public static ParseOutcome Parsed(Form4Filing filing) => new(ParseStatus.Parsed, filing, null, filing.Source);

    public static ParseOutcome Skipped(string source, string reason) => new(ParseStatus.Skipped, null, reason, source);

    public static ParseOutcome Quarantined(string source, string reason) => new(ParseStatus.Quarantined, null, reason, source);
}
