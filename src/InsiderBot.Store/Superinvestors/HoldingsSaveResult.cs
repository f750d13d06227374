using InsiderBot.Insights.Superinvestors;

namespace InsiderBot.Store.Superinvestors;

public enum HoldingsSaveResult
{
    Stored,
    /// <summary>A later filing (an amendment) for a stored quarter replaced it.</summary>
    Replaced,
    /// <summary>The stored filing for the quarter is newer; this one was ignored.</summary>
    OlderThanStored,
    /// <summary>The same filing (accession; for a table without one, the same content) is already stored for the quarter.</summary>
    AlreadyStored,
    /// <summary>A bare table without a manager CIK, and none given.</summary>
    MissingManager,
    /// <summary>A bare table without a quarter, and none given.</summary>
    MissingPeriod,
}
