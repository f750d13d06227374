using InsiderBot.Filings;

namespace InsiderBot.Insights.Superinvestors;

/// <summary>
/// The tracked managers' latest two stored quarters, read once, for answering many companies (a list of signals):
/// which managers hold each company, and the confluence a signal carries.
/// </summary>
public sealed class SuperinvestorSnapshot
{
    private readonly IReadOnlyList<Quarters> managers;
    private readonly IReadOnlyList<CusipMatch> matches;
    private readonly DateOnly confluenceSince;

    public SuperinvestorSnapshot(
        IReadOnlyList<(TrackedManager Manager, IReadOnlyList<ManagerQuarter> Latest)> managers, IReadOnlyList<CusipMatch> matches, DateOnly confluenceSince)
    {
        this.matches = matches;
        this.confluenceSince = confluenceSince;
        this.managers = [.. managers.Where(m => m.Latest.Count > 0).Select(m =>
        {
            var (latest, previous) = (m.Latest[0], m.Latest.Count > 1 ? m.Latest[1] : null);
            var candidates = latest.Holdings.Concat(previous?.Holdings ?? []).Where(h => h.PutCall is null)
                .Select(h => (h.Cusip, Name: IssuerNames.Normalize(h.IssuerName))).Distinct().ToList();
            return new Quarters(m.Manager, latest, previous, candidates);
        })];
    }

    public IReadOnlyList<ManagerPosition> PositionsIn(string ticker, string issuerName)
    {
        var configured = matches
            .Where(m => string.Equals(m.Ticker.Trim(), ticker.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Cusip.Trim().ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
        if (configured.Contains("NONE")) return [];

        var issuer = IssuerNames.Normalize(issuerName);
        var positions = new List<ManagerPosition>();
        foreach (var (manager, latest, previous, candidates) in managers)
        {
            var (cusips, confidence) = configured.Count > 0 ? (configured, MatchConfidence.Configured) : NameMatch(issuer, candidates);
            if (cusips.Count == 0) continue;

            var current = Combine(latest.Holdings, cusips);
            var before = previous is null ? null : Combine(previous.Holdings, cusips);
            if (current is null && before is null) continue;
            positions.Add(new ManagerPosition(manager, latest.Period, current, before, previous?.Period, Change(current, before), confidence));
        }

        return [.. positions.OrderByDescending(p => p.Current?.Value ?? 0).ThenBy(p => p.Manager.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The tracked managers holding the company in their latest stored quarter (a sold-out position is none), the
    /// strongest first: a position initiated that quarter, then one added to, then the largest. Null when none holds it.
    /// A manager whose latest stored quarter ended before the confluence age limit is left out (stale holdings).
    /// </summary>
    public Confluence? ConfluenceFor(string ticker, string issuerName)
    {
        var held = PositionsIn(ticker, issuerName).Where(p => p.Current is not null && p.Period >= confluenceSince)
            .OrderBy(p => p.Change switch { PositionChange.New when p.PreviousPeriod is not null => 0, PositionChange.Added => 1, _ => 2 })
            .ThenByDescending(p => p.Current!.Value)
            .ToList();
        return held.Count == 0 ? null : new Confluence(held[0], held.Count - 1);
    }

    private static (HashSet<string> Cusips, MatchConfidence Confidence) NameMatch(string issuer, List<(string Cusip, string Name)> candidates)
    {
        var scored = candidates.Select(h => (h.Cusip, Confidence: IssuerNames.CompareNormalized(issuer, h.Name))).Where(s => s.Confidence is not null).ToList();
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

    private sealed record Quarters(TrackedManager Manager, ManagerQuarter Latest, ManagerQuarter? Previous, List<(string Cusip, string Name)> Candidates);
}
