namespace InsiderBot.Insights.Splits;

/// <summary>
/// A split of one company's shares that took effect after <see cref="After"/> and on or before <see cref="By"/> (the
/// narrowest interval the evidence allows; one day when a footnote or the configuration gives the date). Trades on or
/// before <see cref="After"/> are on the old basis, trades from <see cref="By"/> on the new one.
/// </summary>
public sealed record StockSplit
{
    public required long IssuerCik { get; init; }
    public required SplitRatio Ratio { get; init; }
    public required DateOnly After { get; init; }
    public required DateOnly By { get; init; }
    /// <summary>0–1: how strongly the evidence shows a split; below <see cref="SplitOptions.MinConfidence"/> it is not applied.</summary>
    public required decimal Confidence { get; init; }
    public required SplitSource Source { get; init; }
    /// <summary>What shows it, one sentence each, strongest first.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>Whether a trade of that day is on the pre-split basis (days inside an unresolved interval count as before).</summary>
    public bool IsBefore(DateOnly day) => day < By;

    public bool Spans(DateOnly from, DateOnly to) => from < By && to >= By;
}
