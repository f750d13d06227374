using System.Globalization;

namespace InsiderBot.Insights.Signals;

/// <summary>
/// One signal that fired, with its evidence, the one-sentence reason, and what would have explained it away and was
/// checked. The id is stable (kind, issuer, start of the window, and the insider for one-insider signals) so an alert
/// is sent once and updated when a cluster grows.
/// </summary>
public sealed record Signal : IRankedSignal
{
    public required string Id { get; init; }
    public required SignalKind Kind { get; init; }
    public required long IssuerCik { get; init; }
    public string Ticker { get; init; } = "";
    public string IssuerName { get; init; } = "";
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    /// <summary>The insiders (filer CIKs; joint filers once) behind the evidence, in order of first trade.</summary>
    public required IReadOnlyList<long> Insiders { get; init; }
    public IReadOnlyList<string> InsiderNames { get; init; } = [];
    /// <summary>The trades that made it fire.</summary>
    public required IReadOnlyList<InsiderTrade> Evidence { get; init; }
    /// <summary>Trades shown beside it: concurrent sales of a cluster buy (mechanical ones do not make it mixed).</summary>
    public IReadOnlyList<InsiderTrade> Context { get; init; } = [];
    public required string Reason { get; init; }
    /// <summary>What would have explained it away and was checked.</summary>
    public required string Checked { get; init; }
    /// <summary>Cluster buying with a discretionary sale by an insider of the company in the window.</summary>
    public bool IsMixed { get; init; }
    public decimal? Value { get; init; }
    /// <summary>Opportunistic when any insider behind it is; routine when all are.</summary>
    public InsiderStatus Status { get; init; }

    /// <summary>What the signal says, for telling a changed signal from an unchanged one.</summary>
    public string Fingerprint =>
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
