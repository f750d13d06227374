namespace InsiderBot.Insights.Superinvestors;

/// <summary>A tracked manager's position behind a signal's company (the strongest one), and how many other tracked managers hold it too.</summary>
public sealed record Confluence(ManagerPosition Lead, int OtherManagers)
{
    /// <summary>Bought that quarter, against a stored quarter before without it (not merely the first quarter stored).</summary>
    public bool Initiated => Lead.Change == PositionChange.New && Lead.PreviousPeriod is not null;
}
