namespace InsiderBot.Charts;

/// <summary>How a trade is drawn: the two kinds that can carry a view stand out, everything mechanical is grey and small.</summary>
public enum MarkerKind
{
    /// <summary>An open-market purchase with no plan.</summary>
    Buy,
    /// <summary>A sale that no plan, exercise or tax explains.</summary>
    Sale,
    /// <summary>Plan trades, exercise and tax sales, grants, exercises, and anything flagged.</summary>
    Mechanical,
}
