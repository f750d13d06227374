using InsiderBot.Insights.Signals;

namespace InsiderBot.Store.Alerts;

/// <summary>The signal names a subscription can ask for, as users type them.</summary>
public static class AlertKinds
{
    public const string ClusterBuyMixed = "cluster-buy-mixed";

    /// <summary>Every name: the signal kinds' slugs, plus mixed cluster buys (clean ones are the default).</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. Enum.GetValues<SignalKind>().Select(Signal.Slug), ClusterBuyMixed];

    /// <summary>What a channel gets when it names no signals: clean cluster buying and unexplained C-suite selling.</summary>
    public static IReadOnlyList<string> Default { get; } = [Signal.Slug(SignalKind.ClusterBuying), Signal.Slug(SignalKind.UnexplainedCSuiteSelling)];

    public static bool IsKnown(string name) => All.Contains(name.Trim().ToLowerInvariant());

    /// <summary>Whether a subscription that asked for these names wants this signal.</summary>
    public static bool Wants(IReadOnlyCollection<string> names, Signal signal)
    {
        var slug = Signal.Slug(signal.Kind);
        if (signal.Kind == SignalKind.ClusterBuying && signal.IsMixed) return names.Contains(ClusterBuyMixed);
        return names.Contains(slug);
    }

    public static string Describe(string name) => name switch
    {
        "cluster-buy" => "clean cluster buying",
        ClusterBuyMixed => "cluster buying alongside discretionary selling",
        "csuite-sell" => "unexplained C-suite selling",
        "liquidation" => "near-complete liquidations",
        "cluster-sell" => "cluster selling",
        "strength-sell" => "selling into strength after a quiet period",
        _ => name,
    };
}
