using Microsoft.Extensions.Options;

namespace InsiderBot.Store.Superinvestors;

/// <summary>
/// Which tracked managers hold a company, and how the position moved since their previous stored quarter. The link
/// from a Form 4 issuer to 13F rows is a configured CUSIP when there is one, else the normalised name.
/// </summary>
public sealed class SuperinvestorTracker(HoldingsStore holdings, IOptions<SuperinvestorOptions> options)
{
    public IReadOnlyList<TrackedManager> Managers => options.Value.Managers;

    public IReadOnlyList<ManagerPosition> PositionsIn(string ticker, string issuerName) => Snapshot().PositionsIn(ticker, issuerName);

    /// <summary>The confluence line's facts for one company; see <see cref="SuperinvestorSnapshot.ConfluenceFor"/>.</summary>
    public Confluence? ConfluenceFor(string ticker, string issuerName) => Snapshot().ConfluenceFor(ticker, issuerName);

    /// <summary>Reads every tracked manager's latest two quarters once: use it to answer many companies.</summary>
    public SuperinvestorSnapshot Snapshot() =>
        new([.. options.Value.Managers.Select(m => (m, holdings.LatestQuarters(m.Cik, 2)))], options.Value.Matches);
}
