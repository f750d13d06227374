using InsiderBot.Filings;

namespace InsiderBot.Insights.Superinvestors;

/// <summary>What one tracked manager holds of one company at its latest quarter, against the quarter before.</summary>
/// <param name="Current">Null when the position was sold out.</param>
/// <param name="PreviousPeriod">Null when only one quarter of the manager is stored (then every holding reads as new).</param>
public sealed record ManagerPosition(
    TrackedManager Manager,
    DateOnly Period,
    ThirteenFHolding? Current,
    ThirteenFHolding? Previous,
    DateOnly? PreviousPeriod,
    PositionChange Change,
    MatchConfidence Confidence);
