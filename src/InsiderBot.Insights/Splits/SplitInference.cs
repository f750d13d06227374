using System.Globalization;

namespace InsiderBot.Insights.Splits;

/// <summary>
/// Infers a company's splits from its filings alone: an insider's position that jumps by a usual split ratio between two
/// consecutive filings with no transaction explaining it, the company's reported prices (and an option series' exercise
/// price) moving by the inverse ratio across the same interval, and footnotes that state a split. Pure: the same facts
/// in any order give the same splits.
/// </summary>
public static class SplitInference
{
    private const decimal MinPosition = 100;
    private const int PriceWindowDays = 180;

    // The usual ratios with their factors worked out once: every consecutive pair of positions is matched against them.
    private static readonly (SplitRatio Ratio, decimal Factor)[] UsualFactors = [.. SplitRatio.Usual.Select(r => (r, r.Factor))];

    public static IReadOnlyList<StockSplit> Infer(long issuerCik, IEnumerable<SplitFacts> facts) => Infer(issuerCik, facts, out _);

    /// <summary>As <see cref="Infer(long, IEnumerable{SplitFacts})"/>, with the watch that tells which later filings leave the result as it is.</summary>
    public static IReadOnlyList<StockSplit> Infer(long issuerCik, IEnumerable<SplitFacts> facts, out SplitWatch watch)
    {
        var all = facts.Where(f => f.IssuerCik == issuerCik).DistinctBy(f => f.Accession).OrderBy(f => f.Accession, StringComparer.Ordinal).ToList();
        var positions = all.SelectMany(f => f.Positions).ToList();
        var prices = DailyPrices(all.SelectMany(f => f.Prices));
        var candidates = Candidates(positions);
        var inferred = Clusters(candidates).Select(c => Judge(issuerCik, c, prices)).ToList();
        watch = SplitWatch.Of(positions, candidates, inferred.SelectMany(s => JudgedOn(s.After, s.By, prices)));
        return Stated(issuerCik, all.SelectMany(f => f.Statements), WithoutComposites(inferred));
    }

    /// <summary>The order <see cref="Candidates"/> follows a line in: by first day, last day, then accession.</summary>
    internal static readonly Comparer<PositionObservation> InLine = Comparer<PositionObservation>.Create((p, q) =>
        (p.First, p.Last).CompareTo((q.First, q.Last)) is var order && order != 0 ? order : string.CompareOrdinal(p.Accession, q.Accession));

    /// <summary>
    /// The usual ratio a line's position after one filing and the next filing's position before it differ by, when that
    /// pair could make a candidate split (before any transfer explains it): the earlier position large enough, the later
    /// one held at all.
    /// </summary>
    internal static (SplitRatio Ratio, bool Exact)? Pair(decimal after, decimal before) =>
        after >= MinPosition && before > 0 ? Match(after, before) : null;

    /// <summary>True when two consecutive positions of a line could make a candidate: the later starts after the earlier ends, by a usual ratio.</summary>
    internal static bool MayPair(PositionObservation a, PositionObservation b) => b.First > a.Last && Pair(a.After, b.Before) is not null;

    /// <summary>A position followed across several splits changes by their product (5-for-1 then 3-for-1: 15): not a split of its own.</summary>
    private static List<StockSplit> WithoutComposites(List<StockSplit> splits)
    {
        var kept = new List<StockSplit>();
        foreach (var split in splits.OrderBy(s => s.By.DayNumber - s.After.DayNumber).ThenBy(s => s.By).ThenBy(s => s.Ratio.Factor))
        {
            var inner = kept.Where(k => split.After <= k.After && k.By <= split.By).ToList();
            if (inner.Count > 1 && inner.Aggregate(1m, (f, k) => f * k.Ratio.Factor) == split.Ratio.Factor) continue;
            kept.Add(split);
        }

        return kept;
    }

    private static List<SplitCandidate> Candidates(List<PositionObservation> positions)
    {
        var candidates = new List<SplitCandidate>();
        foreach (var line in positions.GroupBy(p => (p.InsiderCik, p.Line)))
        {
            var ordered = line.Order(InLine).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var (a, b) = (ordered[i - 1], ordered[i]);
                if (b.First <= a.Last || Pair(a.After, b.Before) is not { } match || Explained(positions, a, b)) continue;
                var strike = a.LastStrike is { } s1 && b.FirstStrike is { } s2 && s1 > 0 && s2 > 0 ? StrikeSays(s1, s2, match.Ratio) : 0;
                var text = string.Create(CultureInfo.InvariantCulture,
                    $"insider {a.InsiderCik}'s {Describe(a.Line)} went from {a.After:#,0.##} after {a.Last:yyyy-MM-dd} to {b.Before:#,0.##} before {b.First:yyyy-MM-dd} with no transaction between ({(match.Exact ? "exactly" : "about")} {match.Ratio})");
                if (strike != 0)
                {
                    text += string.Create(CultureInfo.InvariantCulture,
                        $"; the exercise price went from ${a.LastStrike:0.####} to ${b.FirstStrike:0.####} ({(strike > 0 ? "the inverse ratio" : "unchanged: no split")})");
                }

                candidates.Add(new SplitCandidate(match.Ratio, a.Last, b.First, a.InsiderCik, match.Exact, strike, text));
            }
        }

        return candidates;
    }

    /// <summary>The usual ratio that takes one position to the other: exact when within a share (cash in lieu of fractions).</summary>
    private static (SplitRatio Ratio, bool Exact)? Match(decimal after, decimal before)
    {
        // A position carried unchanged from one filing to the next (the usual pair) matches no usual ratio: the nearest,
        // 5-for-4 and 4-for-5, move a position of MinPosition shares or more by 20 shares and a fifth at least.
        if (before == after && after >= MinPosition) return null;
        foreach (var (ratio, factor) in UsualFactors)
        {
            var expected = after * factor;
            var off = Math.Abs(before - expected);
            if (off <= 1) return (ratio, true);
            if (off <= expected * 0.005m) return (ratio, false);
        }

        return null;
    }

    /// <summary>Another of the insider's positions that changed by the same number of shares in between: a transfer, not a split.</summary>
    private static bool Explained(List<PositionObservation> positions, PositionObservation a, PositionObservation b)
    {
        var jump = Math.Abs(b.Before - a.After);
        return positions.Any(p => p.InsiderCik == a.InsiderCik && p.Line != a.Line && p.Last >= a.Last && p.First <= b.First &&
            Math.Abs(Math.Abs(p.After - p.Before) - jump) <= Math.Max(1, jump * 0.005m));
    }

    private static int StrikeSays(decimal before, decimal after, SplitRatio ratio)
    {
        var expected = before / ratio.Factor;
        if (Math.Abs(after - expected) <= Math.Max(0.01m, expected * 0.005m)) return 1;
        return Math.Abs(after - before) <= Math.Max(0.01m, before * 0.005m) ? -1 : 0;
    }

    /// <summary>Candidates of one ratio whose intervals overlap are one split, dated to where they all agree.</summary>
    private static List<List<SplitCandidate>> Clusters(List<SplitCandidate> candidates)
    {
        var clusters = new List<List<SplitCandidate>>();
        foreach (var byRatio in candidates.GroupBy(c => c.Ratio).OrderBy(g => g.Key.Factor))
        {
            List<SplitCandidate>? current = null;
            DateOnly lo = default, hi = default;
            foreach (var c in byRatio.OrderBy(c => c.By).ThenBy(c => c.After).ThenBy(c => c.InsiderCik).ThenBy(c => c.Evidence, StringComparer.Ordinal))
            {
                if (current is not null && Max(lo, c.After) < Min(hi, c.By))
                {
                    current.Add(c);
                    (lo, hi) = (Max(lo, c.After), Min(hi, c.By));
                    continue;
                }

                current = [c];
                (lo, hi) = (c.After, c.By);
                clusters.Add(current);
            }
        }

        return clusters;
    }

    private static StockSplit Judge(long issuerCik, List<SplitCandidate> cluster, List<MarketPrice> prices)
    {
        var ratio = cluster[0].Ratio;
        var after = cluster.Max(c => c.After);
        var by = cluster.Min(c => c.By);
        var evidence = cluster.OrderByDescending(c => c.Exact).ThenByDescending(c => c.StrikeSays).Select(c => c.Evidence).Distinct().ToList();
        var confidence = cluster.Any(c => c.Exact) ? 0.5m : 0.3m;
        confidence += 0.15m * (cluster.Select(c => c.InsiderCik).Distinct().Count() - 1);
        if (cluster.Any(c => c.StrikeSays > 0)) confidence += 0.35m;
        else if (cluster.Any(c => c.StrikeSays < 0)) confidence -= 0.6m;

        var (before, since) = PricesAround(after, by, prices);
        if (before.Price > 0 && since.Price > 0 && since.Date.DayNumber - before.Date.DayNumber <= PriceWindowDays)
        {
            var adjusted = Math.Abs(Math.Log((double)(since.Price * ratio.Factor / before.Price)));
            var reported = Math.Abs(Math.Log((double)(since.Price / before.Price)));
            var agree = adjusted < reported;
            confidence += agree ? 0.3m : -0.6m;
            evidence.Add(string.Create(CultureInfo.InvariantCulture,
                $"reported prices went from ${before.Price:0.##} on {before.Date:yyyy-MM-dd} to ${since.Price:0.##} on {since.Date:yyyy-MM-dd}: " +
                $"{(agree ? "the inverse ratio, give or take the market" : "no move by the inverse ratio")}"));
        }

        return new StockSplit
        {
            IssuerCik = issuerCik,
            Ratio = ratio,
            After = after,
            By = by,
            Confidence = Math.Clamp(confidence, 0, 1),
            Source = SplitSource.Filings,
            Evidence = evidence,
        };
    }

    /// <summary>The prices a split is judged by: the last reported on or before its first day, the first on or after its last (none: default).</summary>
    private static (MarketPrice Before, MarketPrice Since) PricesAround(DateOnly after, DateOnly by, List<MarketPrice> prices) =>
        (prices.LastOrDefault(p => p.Date <= after), prices.FirstOrDefault(p => p.Date >= by));

    /// <summary>
    /// The days on which a new reported price would change the prices a split is judged by: from the day of the price
    /// before it (a price that day moves its median) to the split's first day, and from its last day to the day of the
    /// price since. A side with no price yet is open: the first price that lands there is refused.
    /// </summary>
    private static IEnumerable<(DateOnly From, DateOnly To)> JudgedOn(DateOnly after, DateOnly by, List<MarketPrice> prices)
    {
        var (before, since) = PricesAround(after, by, prices);
        yield return (before == default ? DateOnly.MinValue : before.Date, after);
        yield return (by, since == default ? DateOnly.MaxValue : since.Date);
    }

    /// <summary>Footnotes with a date fix the split's day and ratio (correcting an inference dated around it); undated ones corroborate.</summary>
    private static List<StockSplit> Stated(long issuerCik, IEnumerable<SplitStatement> statements, List<StockSplit> inferred)
    {
        var result = inferred.ToList();
        foreach (var group in statements.OrderBy(s => s.Accession, StringComparer.Ordinal).GroupBy(s => (s.Ratio, s.EffectiveOn)))
        {
            var first = group.First();
            var text = $"footnote in {first.Accession}: \"{first.Text}\"";
            if (first.EffectiveOn is not { } on)
            {
                var match = result.Where(s => s.Ratio == first.Ratio && s.By <= first.FiledOn).OrderByDescending(s => s.By).FirstOrDefault();
                if (match is not null)
                    result[result.IndexOf(match)] = match with { Confidence = Math.Min(1, match.Confidence + 0.3m), Evidence = [.. match.Evidence, text] };
                continue;
            }

            var replaced = result.Where(s => s.After < on && on <= s.By).ToList();
            result.RemoveAll(replaced.Contains);
            if (result.Any(s => s.Source == SplitSource.Footnote && s.By == on)) continue;
            result.Add(new StockSplit
            {
                IssuerCik = issuerCik,
                Ratio = first.Ratio,
                After = on.AddDays(-1),
                By = on,
                Confidence = 1,
                Source = SplitSource.Footnote,
                Evidence = [text, .. replaced.SelectMany(s => s.Evidence)],
            });
        }

        return result.OrderBy(s => s.By).ThenBy(s => s.Ratio.Factor).ToList();
    }

    private static List<MarketPrice> DailyPrices(IEnumerable<MarketPrice> prices) =>
        prices.GroupBy(p => p.Date).OrderBy(g => g.Key)
            .Select(g =>
            {
                var sorted = g.Select(p => p.Price).Order().ToList();
                return new MarketPrice(g.Key, sorted[sorted.Count / 2]);
            })
            .ToList();

    private static string Describe(string line)
    {
        var parts = line.Split('|');
        var held = parts[2] == "I" ? $"indirect {parts[1]}" + (parts[3].Length > 0 ? $" ({parts[3]})" : "") : parts[1];
        return parts[0] == "d" ? $"{held} expiring {parts[4]}" : held;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
