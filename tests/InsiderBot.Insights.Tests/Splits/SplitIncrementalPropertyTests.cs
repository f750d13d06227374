using System.Globalization;
using InsiderBot.Insights.Splits;
using InsiderBot.Testing;
using Xunit;

namespace InsiderBot.Insights.Tests.Splits;

public sealed class SplitIncrementalPropertyTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void InferringFilingByFilingInAnyOrder_EqualsInferringOverTheWholeHistory(int seed)
    {
        var facts = BundledSplits.Facts.Concat(HandMade()).ToList();
        var shuffled = facts.OrderBy(_ => 0).ToArray();
        new Random(seed).Shuffle(shuffled);
        var ledger = new SplitLedger(new SplitOptions());
        var changedFor = new HashSet<long>();

        foreach (var filing in shuffled)
        {
            if (ledger.Add(filing)) changedFor.Add(filing.IssuerCik);
        }

        foreach (var issuer in facts.Select(f => f.IssuerCik).Distinct())
        {
            var whole = SplitInference.Infer(issuer, facts);
            Assert.Equal(SplitDescriptions.Of(whole), SplitDescriptions.Of(ledger.Inferred(issuer)));
            if (whole.Count > 0) Assert.Contains(issuer, changedFor);
        }

        Assert.Contains(BundledSplits.Tesla, changedFor);
    }

    private static IEnumerable<SplitFacts> HandMade()
    {
        var day = new DateOnly(2023, 3, 1);
        yield return SplitFacts.Of(new SplitFilingBuilder("hm-1").Trade("S", day, 5_000, 2.05m, 120_000).Build());
        yield return SplitFacts.Of(new SplitFilingBuilder("hm-2", insiderCik: 2002).Trade("P", day.AddDays(3), 1_000, 2.10m, 50_000).Build());
        yield return SplitFacts.Of(new SplitFilingBuilder("hm-3").Trade("S", day.AddDays(40), 500, 19.80m, 11_500).Build());
        yield return SplitFacts.Of(new SplitFilingBuilder("hm-4", insiderCik: 2002).Trade("S", day.AddDays(45), 100, 20.10m, 4_900).Build());
        yield return SplitFacts.Of(new SplitFilingBuilder("hm-5").Holding(11_500)
            .Footnote("Reflects the 1-for-10 reverse stock split effected on March 20, 2023.").Trade("S", day.AddDays(70), 100, 21m, 11_400).Build());
    }
}
