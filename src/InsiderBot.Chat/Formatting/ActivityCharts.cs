using System.Globalization;
using InsiderBot.Chat.Replies;
using InsiderBot.Charts;
using InsiderBot.Insights;

namespace InsiderBot.Chat.Formatting;

/// <summary>The picture for <c>/insiders</c>: the activity chart of the window, with cluster buying shaded.</summary>
public static class ActivityCharts
{
    /// <summary>Two or more insiders buying on the open market within this many days is shaded as cluster buying.</summary>
    public const int ClusterDays = 30;

    /// <summary>The chart as a reply image, or null when no trade in the window has a price to draw.</summary>
    public static ReplyImage? For(string ticker, string companyName, IReadOnlyList<InsiderTrade> trades, DateOnly from, DateOnly to)
    {
        var drawn = trades.Where(t => t.Price > 0 && t.Date >= from && t.Date <= to).ToList();
        if (drawn.Count == 0) return null;

        var title = $"{ticker} — {companyName}: insider trades {Day(from)} – {Day(to)}";
        var png = ActivityChart.Render(trades, from, to, BuyingClusters(drawn), title);
        return new ReplyImage($"{ticker}-insiders.png", png, Describe(ticker, drawn, from, to));
    }

    /// <summary>
    /// Spans where at least two different insiders bought on the open market within <see cref="ClusterDays"/> days,
    /// from the first such buy to the last; overlapping spans merge. A stand-in until the signals publish their windows.
    /// </summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To, string Label)> BuyingClusters(IEnumerable<InsiderTrade> trades)
    {
        var buys = trades
            .Where(t => t.Classification.Nature == TradeNature.OpenMarketPurchase && !t.Classification.IsFlagged)
            .OrderBy(t => t.Date).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        var spans = new List<(DateOnly From, DateOnly To, HashSet<long> Insiders)>();
        for (var i = 0; i < buys.Count; i++)
        {
            var inReach = buys.Skip(i).TakeWhile(b => b.Date.DayNumber - buys[i].Date.DayNumber < ClusterDays).ToList();
            var insiders = inReach.Select(b => b.InsiderCik).ToHashSet();
            if (insiders.Count < 2) continue;
            var (from, to) = (buys[i].Date, inReach[^1].Date);
            if (spans.Count > 0 && from <= spans[^1].To)
                spans[^1] = (spans[^1].From, to > spans[^1].To ? to : spans[^1].To, [.. spans[^1].Insiders, .. insiders]);
            else
                spans.Add((from, to, insiders));
        }

        return [.. spans.Select(s => (s.From, s.To, $"Cluster buying: {s.Insiders.Count} insiders"))];
    }

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
