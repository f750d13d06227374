namespace InsiderBot.Insights.Signals;

/// <summary>What re-evaluating a company did to one of its signals, as <see cref="SignalReconciliation"/> decides it.</summary>
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
