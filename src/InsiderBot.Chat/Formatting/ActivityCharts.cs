using System.Globalization;
using InsiderBot.Chat.Replies;
using InsiderBot.Charts;
using InsiderBot.Insights;
using InsiderBot.Insights.Splits;
using InsiderBot.Store;

namespace InsiderBot.Chat.Formatting;

/// <summary>The picture for <c>/insiders</c>: the activity chart of the window, with cluster buying shaded.</summary>
public static class ActivityCharts
{
    /// <summary>The chart as a reply image, or null when no trade in the window has a price to draw. The signals' windows are shaded.</summary>
    /// <remarks>With <paramref name="splits"/>, prices are drawn split-adjusted (today's share basis): a split is no price collapse.</remarks>
    public static ReplyImage? For(
        string ticker, string companyName, IReadOnlyList<InsiderTrade> trades, DateOnly from, DateOnly to, IReadOnlyList<SignalRecord> signals, SplitHistory? splits = null)
    {
        var drawn = trades.Where(t => t.Price > 0 && t.Date >= from && t.Date <= to).ToList();
        if (drawn.Count == 0) return null;

        var (shown, title) = Shown(ticker, companyName, trades, drawn, from, to, splits);
        var png = ActivityChart.Render(shown, from, to, Windows(signals), title);
        return new ReplyImage($"{ticker}-insiders.png", png, Describe(ticker, drawn, from, to));
    }

    /// <summary>Every piece of text the chart of <see cref="For"/> draws, with its box (see <see cref="ActivityChart.Labels"/>).</summary>
    public static IReadOnlyList<ChartLabel> Labels(
        string ticker, string companyName, IReadOnlyList<InsiderTrade> trades, DateOnly from, DateOnly to, IReadOnlyList<SignalRecord> signals, SplitHistory? splits = null)
    {
        var drawn = trades.Where(t => t.Price > 0 && t.Date >= from && t.Date <= to).ToList();
        var (shown, title) = Shown(ticker, companyName, trades, drawn, from, to, splits);
        return ActivityChart.Labels(shown, from, to, Windows(signals), title);
    }

    private static (IReadOnlyList<InsiderTrade> Trades, string Title) Shown(
        string ticker, string companyName, IReadOnlyList<InsiderTrade> trades, List<InsiderTrade> drawn, DateOnly from, DateOnly to, SplitHistory? splits)
    {
        splits ??= SplitHistory.None;
        var adjusted = splits.Between(from, to).Count > 0 || drawn.Any(t => splits.Factor(t.Date) != 1);
        var title = $"{ticker} — {companyName}: insider trades {Day(from)} – {Day(to)}{(adjusted ? ", split-adjusted" : "")}";
        return (adjusted ? [.. trades.Select(t => SplitAdjustedTrade.Of(t, splits))] : trades, title);
    }

    /// <summary>Each signal's window, labelled with what it is.</summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To, string Label)> Windows(IEnumerable<SignalRecord> signals) =>
        [.. signals.Select(s => (s.From, s.To, Alerts.AlertFormatter.Headline(s.Kind, s.IsMixed)))];

    private static string Describe(string ticker, List<InsiderTrade> drawn, DateOnly from, DateOnly to)
    {
        var kinds = drawn.GroupBy(t => MarkerKinds.Of(t.Classification)).ToDictionary(g => g.Key, g => g.Count());
        string Count(MarkerKind kind, string what) => $"{kinds.GetValueOrDefault(kind)} {what}";
        return $"Insider trades in {ticker} from {Day(from)} to {Day(to)} by price: " +
            $"{Count(MarkerKind.Buy, "open-market buys (green)")}, {Count(MarkerKind.Sale, "discretionary sales (red)")}, " +
            $"{Count(MarkerKind.Mechanical, "mechanical trades (grey)")}; marker area shows the dollar value.";
    }

    private static string Day(DateOnly day) => day.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
}
