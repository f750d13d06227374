using System.Globalization;

namespace InsiderBot.Insights.Signals;

/// <summary>
/// One signal that fired, with its evidence, the one-sentence reason, and what would have explained it away and was
/// checked. The id is stable (kind, issuer, start of the window, and the insider for one-insider signals) so an alert
/// is sent once and updated when a cluster grows.
/// </summary>
public sealed record Signal : SignalStatement, IReconcilableSignal
{
    /// <summary>The trades that made it fire.</summary>
    public required IReadOnlyList<InsiderTrade> Evidence { get; init; }
    /// <summary>Trades shown beside it: concurrent sales of a cluster buy (mechanical ones do not make it mixed).</summary>
    public IReadOnlyList<InsiderTrade> Context { get; init; } = [];

    public IReadOnlyList<string> EvidenceIds => Evidence.Select(t => t.Id).ToList();

    /// <summary>What the signal says, for telling a changed signal from an unchanged one (<see cref="SignalFingerprint"/>).</summary>
    public string Fingerprint => SignalFingerprint.Digest(Statement);

    /// <summary>Everything the signal states, in one text: what its fingerprint digests (and what stores before the digest kept).</summary>
    public string Statement =>
        string.Join('|', Id, To.DayNumber, IsMixed, Status, string.Join(',', Insiders),
            string.Join(',', Evidence.Select(t => t.Id).Order(StringComparer.Ordinal)),
            string.Join(',', Context.Select(t => t.Id).Order(StringComparer.Ordinal)), Reason, Checked);

    /// <summary>
    /// A signal about the company of its evidence: the id from (kind, issuer, first day, and the insider when
    /// <paramref name="insider"/> is given), the ticker and name as the latest evidence row gives them.
    /// </summary>
    public static Signal About(
        SignalKind kind, IReadOnlyList<InsiderTrade> evidence, DateOnly from, DateOnly to, IReadOnlyList<long> insiders, IReadOnlyList<string> names,
        string reason, string @checked, decimal? value, long? insider = null, string idSuffix = "") => new()
    {
        Id = MakeId(kind, evidence[0].IssuerCik, from, insider) + idSuffix,
        Kind = kind,
        IssuerCik = evidence[0].IssuerCik,
        Ticker = evidence[^1].Ticker,
        IssuerName = evidence[^1].IssuerName,
        From = from,
        To = to,
        Insiders = insiders,
        InsiderNames = names,
        Evidence = evidence,
        Reason = reason,
        Checked = @checked,
        Value = value,
    };

    public static string MakeId(SignalKind kind, long issuerCik, DateOnly from, long? insider = null) =>
        string.Join(':', Slug(kind), issuerCik.ToString(CultureInfo.InvariantCulture), from.ToString("yyyyMMdd", CultureInfo.InvariantCulture)) +
        (insider is { } i ? ":" + i.ToString(CultureInfo.InvariantCulture) : "");

    public static string Slug(SignalKind kind) => kind switch
    {
        SignalKind.ClusterBuying => "cluster-buy",
        SignalKind.UnexplainedCSuiteSelling => "csuite-sell",
        SignalKind.NearCompleteLiquidation => "liquidation",
        SignalKind.ClusterSelling => "cluster-sell",
        SignalKind.SellingIntoStrength => "strength-sell",
    };
}
