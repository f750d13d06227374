using InsiderBot.Insights.Superinvestors;

namespace InsiderBot.Import.Superinvestors;

/// <summary>What importing one 13F file did: stored it (<see cref="Imported"/>), or why not (<see cref="Refusal"/>, to quarantine).</summary>
public sealed record ThirteenFImportOutcome(ThirteenFImported? Imported, string? Refusal)
{
    public static ThirteenFImportOutcome Refused(string reason) => new(null, reason);
}
