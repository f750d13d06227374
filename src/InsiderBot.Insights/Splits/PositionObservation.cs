namespace InsiderBot.Insights.Splits;

/// <summary>
/// One filing's view of one of an insider's positions (a line: a security held directly or through one vehicle, or one
/// option series): the position before the filing's first row and after its last, and the first and last exercise price
/// for an option series.
/// </summary>
public sealed record PositionObservation(
    long InsiderCik,
    string Line,
    string Accession,
    DateOnly First,
    DateOnly Last,
    decimal Before,
    decimal After,
    decimal? FirstStrike,
    decimal? LastStrike);
