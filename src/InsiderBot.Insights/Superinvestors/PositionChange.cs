namespace InsiderBot.Insights.Superinvestors;

/// <summary>A position against the manager's previous stored quarter.</summary>
public enum PositionChange
{
    /// <summary>Held now, not in the previous quarter (or no previous quarter is stored: see <see cref="ManagerPosition.PreviousPeriod"/>).</summary>
    New,
    Added,
    Trimmed,
    Unchanged,
    /// <summary>Held in the previous quarter, gone now.</summary>
    SoldOut,
}
