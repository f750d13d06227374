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

    /// <summary>A subscription name in words ("clean cluster buying"); an unknown name as it is.</summary>
    public static string Describe(string name)
    {
        if (name == ClusterBuyMixed) return "cluster buying alongside discretionary selling";
        foreach (var kind in Enum.GetValues<SignalKind>())
            if (Signal.Slug(kind) == name) return Describe(kind);
        return name;
    }

    /// <summary>What a subscription to the kind gets, in words. A new kind without words here does not compile.</summary>
    public static string Describe(SignalKind kind) => kind switch
    {
        SignalKind.ClusterBuying => "clean cluster buying",
        SignalKind.UnexplainedCSuiteSelling => "unexplained C-suite selling",
        SignalKind.NearCompleteLiquidation => "near-complete liquidations",
        SignalKind.ClusterSelling => "cluster selling",
        SignalKind.SellingIntoStrength => "selling into strength after a quiet period",
    };
}
