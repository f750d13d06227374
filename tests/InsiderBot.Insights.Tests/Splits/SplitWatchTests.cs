using System.Globalization;
using InsiderBot.Insights.Splits;
using InsiderBot.Testing;
using Xunit;

namespace InsiderBot.Insights.Tests.Splits;

public sealed class SplitWatchTests
{
    private static readonly DateOnly Day = new(2023, 3, 1);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 6)];

    /// <summary>
    /// Every company of the bundled filings (Tesla's two splits among them), filing by filing in the order they were made
    /// (seed 0) or shuffled: a filing the watch vouches for leaves the inferred splits exactly as they were, and the
    /// watch it leaves is the one a full inference over the longer history makes.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void AFilingTheWatchVouchesFor_LeavesTheSplitsAsAFullInferenceFindsThem(int seed)
    {
        var (vouched, refused) = (0, 0);
        foreach (var company in BundledSplits.Facts.Concat(HandMade()).GroupBy(f => f.IssuerCik))
        {
            var facts = company.OrderBy(Earliest).ThenBy(f => f.Accession, StringComparer.Ordinal).ToArray();
            if (seed > 0) new Random(seed).Shuffle(facts);
            for (var k = 1; k < facts.Length; k++)
            {
                var before = SplitInference.Infer(company.Key, facts[..k], out var watch);
                var after = SplitInference.Infer(company.Key, facts[..(k + 1)], out var fresh);
                if (!watch.TryAppend(facts[k]))
                {
                    refused++;
                    continue;
                }

                vouched++;
                Assert.Equal(SplitDescriptions.Of(after), SplitDescriptions.Of(before));
                Assert.Equal(Describe(fresh), Describe(watch));
            }
        }

        // Filed in order, most filings are vouched for; some (around the splits, and same-day filings) are not.
        if (seed == 0) Assert.True(vouched > refused, $"{vouched} vouched for, {refused} refused");
        Assert.True(refused > 0);
    }

    [Fact]
    public void APositionThatMovesByAUsualRatio_IsRefused_WhileTheSameFilingWithoutTheJumpIsVouchedFor()
    {
        var history = new[] { Facts("w-1", Day, 100, 20m, 10_000) };
        SplitInference.Infer(77, history, out var watch);
        SplitInference.Infer(77, history, out var same);

        Assert.False(watch.TryAppend(Facts("w-2", Day.AddDays(30), 100, 10m, 19_900))); // 10,000 became 20,000 before the sale: 2-for-1
        Assert.True(same.TryAppend(Facts("w-2", Day.AddDays(30), 100, 20m, 9_900)));
    }

    [Fact]
    public void APriceNearACandidateSplit_IsRefused_WhileOneFarFromItIsVouchedFor()
    {
        // A 2-for-1 jump between the insider's two filings, the reported price halving across it.
        var history = new[] { Facts("w-1", Day, 100, 20m, 10_000), Facts("w-2", Day.AddDays(30), 100, 10m, 19_900) };
        var splits = SplitInference.Infer(77, history, out var watch);
        var near = SplitFacts.Of(new SplitFilingBuilder("w-3", insiderCik: 2002).Trade("P", Day.AddDays(30), 100, 30m, 1_100).Build());
        var far = SplitFacts.Of(new SplitFilingBuilder("w-3", insiderCik: 2002).Trade("P", Day.AddDays(400), 100, 30m, 1_100).Build());

        Assert.Single(splits);
        // Another insider's price on the day the split is judged by moves that day's median: the judgement changes.
        Assert.NotEqual(SplitDescriptions.Of(splits), SplitDescriptions.Of(SplitInference.Infer(77, [.. history, near])));
        Assert.False(watch.TryAppend(near));
        Assert.True(watch.TryAppend(far));
        Assert.Equal(SplitDescriptions.Of(splits), SplitDescriptions.Of(SplitInference.Infer(77, [.. history, far])));
    }

    [Fact]
    public void APriceBeyondThePricesACandidateSplitIsJudgedBy_IsVouchedFor_HoweverNearTheSplit()
    {
        // The split is judged by the price of Day (before it) and of Day+30 (since): prices further out change nothing.
        var history = new[]
        {
            SplitFacts.Of(new SplitFilingBuilder("w-0", insiderCik: 2002).Trade("P", Day.AddDays(-60), 100, 21m, 1_000).Build()),
            Facts("w-1", Day, 100, 20m, 10_000), Facts("w-2", Day.AddDays(30), 100, 10m, 19_900),
        };
        var splits = SplitInference.Infer(77, history, out var watch);
        var earlier = SplitFacts.Of(new SplitFilingBuilder("w-3", insiderCik: 2002).Trade("P", Day.AddDays(-30), 100, 19m, 1_100).Build());
        var later = SplitFacts.Of(new SplitFilingBuilder("w-4", insiderCik: 2002).Trade("P", Day.AddDays(60), 100, 30m, 1_200).Build());

        Assert.Single(splits);
        Assert.True(watch.TryAppend(earlier));
        Assert.True(watch.TryAppend(later));
        SplitFacts[] all = [.. history, earlier, later];
        Assert.Equal(SplitDescriptions.Of(splits), SplitDescriptions.Of(SplitInference.Infer(77, all, out var fresh)));
        Assert.Equal(Describe(fresh), Describe(watch));
    }

    [Fact]
    public void ACandidateSplitWithNoPriceSinceIt_RefusesTheFirstPriceAfterIt_HoweverFar()
    {
        // A gift reports no price: nothing since the 2-for-1 is priced yet, and the first price after it becomes the
        // price it is judged by, so a full inference's watch differs once it arrives.
        var history = new[]
        {
            Facts("w-1", Day, 100, 20m, 10_000),
            SplitFacts.Of(new SplitFilingBuilder("w-2").Trade("G", Day.AddDays(30), 100, 0m, 19_900).Build()),
        };
        var splits = SplitInference.Infer(77, history, out var watch);
        var far = Facts("w-3", Day.AddDays(400), 100, 10m, 19_800);

        Assert.Single(splits);
        SplitInference.Infer(77, [.. history, far], out var fresh);
        Assert.NotEqual(Describe(fresh), Describe(watch));
        Assert.False(watch.TryAppend(far));
    }

    [Fact]
    public void AFilingThatArrivesOutOfOrder_IsVouchedFor_WhenTheLinePairsItSplitsAndMakesMoveByNoUsualRatio()
    {
        var history = new[] { Facts("w-1", Day, 100, 20m, 10_000), Facts("w-3", Day.AddDays(20), 100, 20m, 9_800) };
        var splits = SplitInference.Infer(77, history, out var watch);
        var late = Facts("w-2", Day.AddDays(10), 100, 20m, 9_900); // filed after w-3, traded between w-1 and w-3

        Assert.True(watch.TryAppend(late));
        Assert.Equal(SplitDescriptions.Of(splits), SplitDescriptions.Of(SplitInference.Infer(77, [.. history, late])));
        SplitInference.Infer(77, [.. history, late], out var fresh);
        Assert.Equal(Describe(fresh), Describe(watch));
    }

    [Fact]
    public void AFilingThatArrivesOutOfOrder_IsRefused_WhenItMakesAPairThatMovesByAUsualRatio()
    {
        var history = new[] { Facts("w-1", Day, 100, 20m, 10_000), Facts("w-3", Day.AddDays(20), 100, 20m, 9_800) };
        var splits = SplitInference.Infer(77, history, out var watch);
        var late = Facts("w-2", Day.AddDays(10), 100, 10m, 19_900); // 10,000 after w-1, 20,000 before w-2: 2-for-1

        Assert.Empty(splits);
        Assert.NotEqual(SplitDescriptions.Of(splits), SplitDescriptions.Of(SplitInference.Infer(77, [.. history, late])));
        Assert.False(watch.TryAppend(late));
    }

    [Fact]
    public void AFilingThatArrivesOutOfOrder_IsRefused_WhenItSplitsAPairThatMovesByAUsualRatio()
    {
        // w-1 spans ten days and w-3 doubles the holding after it (a candidate 2-for-1 from Day+10 to Day+20). A late
        // gift dated inside w-1's span falls between them in the line without falling inside the candidate's days.
        var spanning = SplitFacts.Of(new SplitFilingBuilder("w-1").Trade("S", Day, 100, 20m, 10_100).Trade("S", Day.AddDays(10), 100, 20m, 10_000).Build());
        var history = new[] { spanning, Facts("w-3", Day.AddDays(20), 100, 10m, 19_900) };
        var splits = SplitInference.Infer(77, history, out var watch);
        var late = SplitFacts.Of(new SplitFilingBuilder("w-2").Trade("G", Day.AddDays(2), 100, 0m, 9_900).Build());

        Assert.Single(splits);
        Assert.NotEqual(SplitDescriptions.Of(splits), SplitDescriptions.Of(SplitInference.Infer(77, [.. history, late])));
        Assert.False(watch.TryAppend(late));
    }

    [Fact]
    public void AFilingOlderThanTheObservationsItsLineKeeps_IsRefused_UnlessTheLineIsKeptWhole()
    {
        var history = Enumerable.Range(1, SplitWatch.TailLength + 1)
            .Select(k => Facts($"w-{k}", Day.AddDays(10 * k), 100, 20m, 10_000 - (100 * k))).ToArray();
        SplitInference.Infer(77, history, out var watch);
        SplitInference.Infer(77, history[1..], out var whole);
        var earliest = Facts("w-0", Day, 100, 20m, 10_000);

        Assert.False(watch.TryAppend(earliest)); // w-1 is no longer kept: what w-0 would pair with is out of view
        Assert.True(whole.TryAppend(earliest));
    }

    [Fact]
    public void APositionInsideACandidateOfItsInsider_IsRefused()
    {
        // The insider's direct holding doubles between Day and Day+30 (a candidate); a late filing inside that span on
        // another line explains it away as a transfer.
        var history = new[] { Facts("w-1", Day, 100, 20m, 10_000), Facts("w-3", Day.AddDays(30), 100, 10m, 19_900) };
        var splits = SplitInference.Infer(77, history, out var watch);
        var inside = SplitFacts.Of(new SplitFilingBuilder("w-2").Trade("G", Day.AddDays(15), 10_000, 0m, 5_000, directOrIndirect: 'I').Build());
        var later = SplitFacts.Of(new SplitFilingBuilder("w-4").Trade("G", Day.AddDays(400), 100, 0m, 5_000, directOrIndirect: 'I').Build());

        Assert.Single(splits);
        Assert.Empty(SplitInference.Infer(77, [.. history, inside])); // 10,000 shares left the trust as the holding doubled: a transfer
        Assert.False(watch.TryAppend(inside));
        Assert.True(watch.TryAppend(later));
    }

    [Fact]
    public void AFootnoteStatingASplit_IsRefused()
    {
        var history = new[] { Facts("w-1", Day, 100, 20m, 10_000) };
        SplitInference.Infer(77, history, out var watch);
        var stated = SplitFacts.Of(new SplitFilingBuilder("w-2").Trade("S", Day.AddDays(30), 100, 20m, 9_900)
            .Footnote("Reflects the 2-for-1 stock split effected on March 20, 2023.").Build());

        Assert.False(watch.TryAppend(stated));
    }

    private static SplitFacts Facts(string accession, DateOnly day, decimal shares, decimal price, decimal after) =>
        SplitFacts.Of(new SplitFilingBuilder(accession).Trade("S", day, shares, price, after).Build());

    // A reverse split two insiders show, one a footnote states, and filings on either side of it.
    private static IEnumerable<SplitFacts> HandMade()
    {
        yield return Facts("hm-1", Day, 5_000, 2.05m, 120_000);
        yield return SplitFacts.Of(new SplitFilingBuilder("hm-2", insiderCik: 2002).Trade("P", Day.AddDays(3), 1_000, 2.10m, 50_000).Build());
        yield return Facts("hm-3", Day.AddDays(40), 500, 19.80m, 11_500);
        yield return SplitFacts.Of(new SplitFilingBuilder("hm-4", insiderCik: 2002).Trade("S", Day.AddDays(45), 100, 20.10m, 4_900).Build());
        yield return SplitFacts.Of(new SplitFilingBuilder("hm-5").Holding(11_500)
            .Footnote("Reflects the 1-for-10 reverse stock split effected on March 20, 2023.").Trade("S", Day.AddDays(70), 100, 21m, 11_400).Build());
        yield return Facts("hm-6", Day.AddDays(400), 100, 22m, 11_300);
        yield return SplitFacts.Of(new SplitFilingBuilder("hm-7", insiderCik: 2002).Trade("S", Day.AddDays(420), 100, 23m, 4_800).Build());
    }

    private static DateOnly Earliest(SplitFacts facts) =>
        facts.Positions.Select(p => p.First).Concat(facts.Prices.Select(p => p.Date)).DefaultIfEmpty(DateOnly.MaxValue).Min();

    private static List<string> Describe(SplitWatch watch) =>
    [
        .. watch.Tails.OrderBy(e => e.Key.Insider).ThenBy(e => e.Key.Line, StringComparer.Ordinal)
            .Select(e => string.Create(CultureInfo.InvariantCulture,
                $"line {e.Key.Insider} {e.Key.Line}{(e.Value.Whole ? " whole" : "")}: {string.Join("; ", e.Value.Latest.Select(p => $"{p.Accession} {p.First:O}..{p.Last:O} {p.Before}->{p.After}"))}")),
        .. watch.Candidates.OrderBy(e => e.Key)
            .Select(e => string.Create(CultureInfo.InvariantCulture, $"candidates {e.Key}: {string.Join("; ", e.Value.Select(c => $"{c.After:O}..{c.By:O}"))}")),
        .. watch.PriceWindows.Select(w => string.Create(CultureInfo.InvariantCulture, $"prices {w.From:O}..{w.To:O}")),
    ];
}
