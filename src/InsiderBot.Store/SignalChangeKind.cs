namespace InsiderBot.Store;

/// <summary>What a re-evaluation did to one stored signal.</summary>
public enum SignalChangeKind
{
    /// <summary>First seen: alert.</summary>
    New,
    /// <summary>Same id, more evidence (a cluster gained a buyer): update the alert.</summary>
    Grown,
    /// <summary>Same id, different reading (clean turned mixed, an amendment replaced a trade).</summary>
    Changed,
    /// <summary>No longer fires (an amendment or a reclassification took its evidence away).</summary>
    Withdrawn,
}
