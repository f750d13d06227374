using InsiderBot.Chat.Replies;
using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store;
using InsiderBot.Store.Superinvestors;

namespace InsiderBot.Chat.Formatting;

/// <summary>A stored signal as a reply item: what fired, for whom, the one-sentence reason (and the 13F confluence line) and what was ruled out.</summary>
public static class SignalFormatter
{
    public static ReplyItem Item(SignalRecord s, DateTimeOffset now, bool showCompany = false, Confluence? confluence = null)
    {
        var company = showCompany ? $"{(s.Ticker.Length > 0 ? s.Ticker : s.IssuerName)} · " : "";
        var when = s.From == s.To ? Dates.WithAgo(s.To, now) : $"{Dates.Iso(s.From)} to {Dates.WithAgo(s.To, now)}";
        var status = s.Status == InsiderStatus.Unknown ? "" : $" · {Status(s.Status)}";
        var version = s.Version > 1 ? $" · updated ×{s.Version - 1}" : "";
        var detail = confluence is null ? s.Reason : $"{s.Reason}\n{ConfluenceFormatter.Line(confluence)}";
        return new ReplyItem($"{company}{Label(s)} · {when}{status}{version}", detail, s.Checked, ToneOf(s));
    }

    public static string Label(SignalRecord s) => s.Kind switch
    {
        SignalKind.ClusterBuying => s.IsMixed ? "Cluster buying (mixed)" : "Cluster buying (clean)",
        SignalKind.UnexplainedCSuiteSelling => "Unexplained C-suite selling",
        SignalKind.NearCompleteLiquidation => "Near-complete liquidation",
        SignalKind.ClusterSelling => "Cluster selling",
        SignalKind.SellingIntoStrength => "Selling into strength after a quiet period",
    };

    public static string Status(InsiderStatus status) => status switch
    {
        InsiderStatus.Routine => "routine insider (trades the same month every year: little information)",
        InsiderStatus.Opportunistic => "opportunistic insider",
        _ => "unknown: under three years of open-market trades in the store",
    };

    /// <summary>"opportunistic" or "routine" for a trade line; empty when unknown.</summary>
    public static string Short(InsiderStatus status) => status switch
    {
        InsiderStatus.Routine => "routine",
        InsiderStatus.Opportunistic => "opportunistic",
        _ => "",
    };

    public static ReplyTone ToneOf(SignalRecord s) => s.Kind switch
    {
        SignalKind.ClusterBuying => s.IsMixed ? ReplyTone.Mixed : ReplyTone.Buying,
        SignalKind.UnexplainedCSuiteSelling or SignalKind.NearCompleteLiquidation or SignalKind.ClusterSelling or SignalKind.SellingIntoStrength => ReplyTone.Selling,
    };
}
