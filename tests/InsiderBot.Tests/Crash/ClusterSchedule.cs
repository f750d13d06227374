using System.Globalization;
using InsiderBot.Fakes.Edgar;

namespace InsiderBot.Tests.Crash;

/// <summary>
/// Clusters of three director purchases, one company each, published so that every step completes exactly one cluster:
/// step 0 is the whole first cluster and the first buy of the second; step s the last two buys of cluster s and the first
/// of cluster s + 1. Each filing is accepted when it is published, so every cluster is fresh enough to alert.
/// </summary>
internal sealed class ClusterSchedule
{
    private readonly List<SyntheticFiling[]> clusters = [];
    private readonly List<SyntheticFiling> published = [];

    public ClusterSchedule(int count, DateOnly today)
    {
        for (var c = 0; c < count; c++)
        {
            var ticker = "KX" + (char)('A' + c / 26) + (char)('A' + c % 26);
            var issuer = 7_100_000L + c;
            clusters.Add(Enumerable.Range(0, 3).Select(i => new SyntheticFiling(
                SyntheticFiling.AccessionOf(c * 3 + i + 1), issuer, string.Create(CultureInfo.InvariantCulture, $"Crash Test Company {c}"), ticker,
                7_200_000L + c * 3 + i, string.Create(CultureInfo.InvariantCulture, $"Insider {c * 3 + i}"), today.AddDays(i - 2), default)).ToArray());
        }
    }

    public int Steps => clusters.Count;

    public IReadOnlyList<string> Tickers => clusters.Select(c => c[0].Ticker).ToList();

    public IEnumerable<SyntheticFiling> All => clusters.SelectMany(c => c);

    /// <summary>The watchlist channel follows every other company.</summary>
    public IReadOnlyList<string> Watchlist => Tickers.Where((_, i) => i % 2 == 0).ToList();

    /// <summary>Adds step <paramref name="step"/>'s filings, accepted at <paramref name="now"/>; returns the feed, newest first.</summary>
    public IReadOnlyList<SyntheticFiling> Publish(int step, DateTimeOffset now)
    {
        var fresh = step == 0 ? clusters[0].ToList() : [clusters[step][1], clusters[step][2]];
        if (step + 1 < clusters.Count) fresh.Add(clusters[step + 1][0]);
        published.AddRange(fresh.Select((f, i) => f with { Accepted = now.AddSeconds(i - fresh.Count) }));
        return Enumerable.Reverse(published).ToList();
    }
}
