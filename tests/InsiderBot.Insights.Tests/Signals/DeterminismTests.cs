using InsiderBot.Insights.Signals;

namespace InsiderBot.Insights.Tests.Signals;

public sealed class DeterminismTests
{
    /// <summary>Random but reproducible trading in a few companies: buys, discretionary and mechanical sales, C-suite roles.</summary>
    internal static List<InsiderTrade> Generated(int seed, int count)
    {
        var random = new Random(seed);
        var builders = Enumerable.Range(0, 4).Select(i => new TradeBuilder(TradeBuilder.Issuer + i)).ToList();
        var natures = new[] { TradeNature.DiscretionarySale, TradeNature.DiscretionarySale, TradeNature.PlannedSale, TradeNature.ExerciseSale, TradeNature.TaxSale };
        var roles = new[] { InsiderRole.Director, InsiderRole.Ceo, InsiderRole.Cfo, InsiderRole.OtherOfficer, InsiderRole.TenPercentOwner };
        var trades = new List<InsiderTrade>();
        for (var i = 0; i < count; i++)
        {
            var b = builders[random.Next(builders.Count)];
            var insider = random.Next(1, 9);
            var day = random.Next(-1500, 30);
            var price = 5m + random.Next(0, 200);
            var shares = random.Next(1, 50) * 1_000m;
            var role = roles[insider % roles.Length];
            trades.Add(random.Next(3) == 0
                ? b.Buy(insider, day, shares, price, role)
                : b.Sell(insider, day, shares, price, ownedAfter: random.Next(0, 60) * 1_000m, nature: natures[random.Next(natures.Length)], roles: role,
                    flags: random.Next(20) == 0 ? DataFlag.PriceLooksLikeTotal : DataFlag.None));
        }

        return trades;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Order_of_the_trades_does_not_change_the_signals(int seed)
    {
        var engine = new SignalEngine(new SignalOptions());
        var trades = Generated(seed, 600);
        var shuffled = trades.OrderBy(_ => Random.Shared.Next()).ToList();

        var once = engine.EvaluateAll(trades).Select(s => s.Fingerprint).ToList();
        var again = engine.EvaluateAll(shuffled).Select(s => s.Fingerprint).ToList();

        Assert.NotEmpty(once);
        Assert.Equal(once, again);
        Assert.Equal(once.Count, once.Distinct().Count());
    }

    [Fact]
    public void Evaluating_each_issuer_alone_gives_the_full_recompute()
    {
        var engine = new SignalEngine(new SignalOptions());
        var trades = Generated(3, 800);
        var full = engine.EvaluateAll(trades).Select(s => s.Fingerprint).Order(StringComparer.Ordinal).ToList();
        var perIssuer = trades.Select(t => t.IssuerCik).Distinct()
            .SelectMany(issuer => engine.EvaluateIssuer(issuer, trades))
            .Select(s => s.Fingerprint).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(full, perIssuer);
        Assert.Contains(engine.EvaluateAll(trades), s => s.Kind == SignalKind.ClusterBuying);
        Assert.Contains(engine.EvaluateAll(trades), s => s.Kind == SignalKind.UnexplainedCSuiteSelling);
    }

    [Fact]
    public void Ids_are_unique_and_flagged_rows_are_never_evidence()
    {
        var signals = new SignalEngine(new SignalOptions()).EvaluateAll(Generated(11, 1_000));
        Assert.Equal(signals.Count, signals.Select(s => s.Id).Distinct().Count());
        Assert.DoesNotContain(signals.SelectMany(s => s.Evidence), t => t.Classification.IsFlagged);
        Assert.DoesNotContain(signals.Where(s => s.Kind != SignalKind.ClusterBuying).SelectMany(s => s.Evidence),
            t => t.Classification.Nature != TradeNature.DiscretionarySale);
    }
}
