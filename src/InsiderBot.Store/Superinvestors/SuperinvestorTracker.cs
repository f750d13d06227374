using InsiderBot.Insights.Superinvestors;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store.Superinvestors;

/// <summary>
/// Which tracked managers hold a company, and how the position moved since their previous stored quarter. The link
/// from a Form 4 issuer to 13F rows is a configured CUSIP when there is one, else the normalised name. Confluence
/// counts only quarters that ended within <see cref="SuperinvestorOptions.ConfluenceMaxAgeDays"/> of now.
/// </summary>
public sealed class SuperinvestorTracker(HoldingsStore holdings, IOptions<SuperinvestorOptions> options, TimeProvider time)
{
    /// <summary>The managers under <c>Superinvestors:Managers</c>: the ones whose 13F filings EDGAR is asked for.</summary>
    public IReadOnlyList<TrackedManager> Configured => options.Value.Managers;

    /// <summary>The configured managers, then the demo store's own 13F filers (<see cref="HoldingsStore.DemoManagers"/>), if any.</summary>
    public IReadOnlyList<TrackedManager> Managers
    {
        get
        {
            var configured = Configured;
            var demo = holdings.DemoManagers();
            return demo.Count == 0 ? configured : [.. configured, .. demo.Where(d => configured.All(c => c.Cik != d.Cik))];
        }
    }

    /// <summary>The tracked managers with no 13F report stored: the store cannot say what they hold.</summary>
    public IReadOnlyList<TrackedManager> WithoutStoredReport() => Managers.Where(m => holdings.LatestPeriod(m.Cik) is null).ToList();

    public IReadOnlyList<ManagerPosition> PositionsIn(string ticker, string issuerName) => Snapshot().PositionsIn(ticker, issuerName);

    /// <summary>The confluence line's facts for one company; see <see cref="SuperinvestorSnapshot.ConfluenceFor"/>.</summary>
    public Confluence? ConfluenceFor(string ticker, string issuerName) => Snapshot().ConfluenceFor(ticker, issuerName);

    /// <summary>Reads every tracked manager's latest two quarters once: use it to answer many companies.</summary>
    public SuperinvestorSnapshot Snapshot()
    {
        var o = options.Value;
        var confluenceSince = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-o.ConfluenceMaxAgeDays);
        return new([.. Managers.Select(m => (m, holdings.LatestQuarters(m.Cik, 2)))], o.Matches, confluenceSince);
    }
}
