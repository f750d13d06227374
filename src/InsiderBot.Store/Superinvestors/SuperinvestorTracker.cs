using InsiderBot.Filings;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store.Superinvestors;

/// <summary>
/// Which tracked managers hold a company, and how the position moved since their previous stored quarter. The link
/// from a Form 4 issuer to 13F rows is a configured CUSIP when there is one, else the normalised name.
/// </summary>
public sealed class SuperinvestorTracker(HoldingsStore holdings, IOptions<SuperinvestorOptions> options)
{
    public IReadOnlyList<TrackedManager> Managers => options.Value.Managers;

    public IReadOnlyList<ManagerPosition> PositionsIn(string ticker, string issuerName)
    {
        var configured = options.Value.Matches
            .Where(m => string.Equals(m.Ticker.Trim(), ticker.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Cusip.Trim().ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
        if (configured.Contains("NONE")) return [];

        var positions = new List<ManagerPosition>();
        foreach (var manager in options.Value.Managers)
        {
            var quarters = holdings.LatestQuarters(manager.Cik, 2);
            if (quarters.Count == 0) continue;
            var (latest, previous) = (quarters[0], quarters.Count > 1 ? quarters[1] : null);
            var candidates = latest.Holdings.Concat(previous?.Holdings ?? []).Where(h => h.PutCall is null).ToList();
            var (cusips, confidence) = configured.Count > 0
                ? (configured, MatchConfidence.Configured)
                : NameMatch(issuerName, candidates);
            if (cusips.Count == 0) continue;

            var current = Combine(latest.Holdings, cusips);
            var before = previous is null ? null : Combine(previous.Holdings, cusips);
            if (current is null && before is null) continue;
            positions.Add(new ManagerPosition(manager, latest.Period, current, before, previous?.Period, Change(current, before), confidence));
        }

        return [.. positions.OrderByDescending(p => p.Current?.Value ?? 0).ThenBy(p => p.Manager.Name, StringComparer.Ordinal)];
    }

    private static (HashSet<string> Cusips, MatchConfidence Confidence) NameMatch(string issuerName, List<ThirteenFHolding> candidates)
    {
        var scored = candidates.Select(h => (h.Cusip, Confidence: IssuerNames.Compare(issuerName, h.IssuerName))).Where(s => s.Confidence is not null).ToList();
        var exact = scored.Where(s => s.Confidence == MatchConfidence.ExactName).Select(s => s.Cusip).ToHashSet(StringComparer.Ordinal);
        return exact.Count > 0
            ? (exact, MatchConfidence.ExactName)
            : (scored.Select(s => s.Cusip).ToHashSet(StringComparer.Ordinal), MatchConfidence.LikelyName);
    }

    /// <summary>The shares (not options) under the matched CUSIPs, summed: a company's classes can carry separate CUSIPs.</summary>
    private static ThirteenFHolding? Combine(IEnumerable<ThirteenFHolding> quarter, HashSet<string> cusips)
    {
        var matched = quarter.Where(h => h.PutCall is null && cusips.Contains(h.Cusip)).OrderBy(h => h.Cusip, StringComparer.Ordinal).ToList();
        if (matched.Count == 0) return null;
        return matched.Count == 1 ? matched[0] : matched[0] with
        {
            Cusip = string.Join(", ", matched.Select(h => h.Cusip)),
            Value = matched.Sum(h => h.Value),
            Amount = matched.Sum(h => h.Amount),
            Rows = matched.Sum(h => h.Rows),
        };
    }

    private static PositionChange Change(ThirteenFHolding? current, ThirteenFHolding? previous) => (current, previous) switch
    {
        (null, _) => PositionChange.SoldOut,
        (_, null) => PositionChange.New,
        _ when current.Amount > previous.Amount => PositionChange.Added,
        _ when current.Amount < previous.Amount => PositionChange.Trimmed,
        _ => PositionChange.Unchanged,
    };
}
