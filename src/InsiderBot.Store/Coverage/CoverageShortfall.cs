namespace InsiderBot.Store.Coverage;

/// <summary>Why an answer's window is not fully covered by the store's history.</summary>
public enum CoverageShortfallKind
{
    /// <summary>The store records no coverage at all (written before coverage was recorded, or filled by <c>import</c> only).</summary>
    Unknown,

    /// <summary>The store holds the bundled demo filings and no market coverage.</summary>
    SampleOnly,

    /// <summary>Covered history reaches the window's end but starts after the window's start.</summary>
    StartsLater,

    /// <summary>Covered history does not reach the window's end.</summary>
    NotCovered,
}

/// <param name="CoveredFrom">For <see cref="CoverageShortfallKind.StartsLater"/>: the first covered day of the span that reaches the window's end.</param>
/// <param name="Spans">The covered spans that apply (the market's, merged with the company's own).</param>
public sealed record CoverageShortfall(CoverageShortfallKind Kind, DateOnly? CoveredFrom, IReadOnlyList<CoveredSpan> Spans);
