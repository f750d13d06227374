namespace InsiderBot.Insights.Signals;

/// <summary>
/// Decides what a company's fresh evaluation did to the signals known before over the same span, so the store only
/// reads and writes: a fresh signal whose id is unknown is new; a known one whose fingerprint moved is grown when it
/// kept all its evidence and gained some, else changed; an unchanged one is left out; a known one no longer detected
/// is withdrawn.
/// </summary>
public static class SignalReconciliation
{
    /// <summary>The revisions in the order of <paramref name="fresh"/>, then the withdrawn in the order of <paramref name="known"/>.</summary>
    public static IReadOnlyList<SignalRevision<TKnown>> Reconcile<TKnown>(IEnumerable<Signal> fresh, IEnumerable<TKnown> known)
        where TKnown : class, IReconcilableSignal
    {
        var unmatched = known.ToDictionary(s => s.Id);
        var revisions = new List<SignalRevision<TKnown>>();
        foreach (var signal in fresh)
        {
            if (!unmatched.Remove(signal.Id, out var before))
            {
                revisions.Add(new SignalRevision<TKnown>(SignalChangeKind.New, signal, null));
            }
            else if (before.Fingerprint != signal.Fingerprint)
            {
                var evidence = signal.EvidenceIds;
                var grown = before.EvidenceIds.All(evidence.Contains) && evidence.Count > before.EvidenceIds.Count;
                revisions.Add(new SignalRevision<TKnown>(grown ? SignalChangeKind.Grown : SignalChangeKind.Changed, signal, before));
            }
        }

        foreach (var gone in unmatched.Values) revisions.Add(new SignalRevision<TKnown>(SignalChangeKind.Withdrawn, null, gone));
        return revisions;
    }
}
