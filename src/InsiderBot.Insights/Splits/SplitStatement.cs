namespace InsiderBot.Insights.Splits;

/// <summary>A footnote that states a split ("adjusted to reflect the 3-for-1 stock split effected on August 24, 2022").</summary>
public sealed record SplitStatement(SplitRatio Ratio, DateOnly? EffectiveOn, DateOnly FiledOn, string Accession, string Text);
