using InsiderBot.Filings;
using InsiderBot.Insights;

namespace InsiderBot.Insights.Tests.Signals;

/// <summary>Small classified trades for scenario tests: one issuer, insiders by number, values and positions computed as the classifier does.</summary>
internal sealed class TradeBuilder(long issuer = TradeBuilder.Issuer)
{
    public const long Issuer = 1_000;
    public static readonly DateOnly Day0 = new(2024, 3, 4);
    private int sequence;

    public static DateOnly Day(int offset) => Day0.AddDays(offset);

    public InsiderTrade Buy(long insider, int day, decimal shares = 1_000, decimal price = 10m, InsiderRole roles = InsiderRole.Director,
        PlanStatus plan = PlanStatus.Unknown, DataFlag flags = DataFlag.None, string[]? owners = null, decimal? ownedAfter = null) =>
        Trade(insider, Day(day), "P", 'A', shares, price, ownedAfter ?? shares * 3,
            plan == PlanStatus.Yes ? TradeNature.PlannedPurchase : TradeNature.OpenMarketPurchase, roles, plan, flags, 'D', owners);

    public InsiderTrade Sell(long insider, int day, decimal shares = 1_000, decimal price = 10m, decimal ownedAfter = 100_000,
        TradeNature nature = TradeNature.DiscretionarySale, InsiderRole roles = InsiderRole.Director, PlanStatus plan = PlanStatus.Unknown,
        DataFlag flags = DataFlag.None, char holding = 'D', string[]? owners = null) =>
        Trade(insider, Day(day), "S", 'D', shares, price, ownedAfter, nature, roles, plan, flags, holding, owners);

    public InsiderTrade SellOn(long insider, DateOnly date, decimal shares = 1_000, decimal price = 10m, decimal ownedAfter = 100_000,
        TradeNature nature = TradeNature.DiscretionarySale, InsiderRole roles = InsiderRole.Director) =>
        Trade(insider, date, "S", 'D', shares, price, ownedAfter, nature, roles, PlanStatus.Unknown, DataFlag.None, 'D', null);

    public InsiderTrade BuyOn(long insider, DateOnly date, decimal shares = 1_000, decimal price = 10m) =>
        Trade(insider, date, "P", 'A', shares, price, shares * 3, TradeNature.OpenMarketPurchase, InsiderRole.Director, PlanStatus.Unknown, DataFlag.None, 'D', null);

    public InsiderTrade Award(long insider, DateOnly date, decimal shares = 1_000) =>
        Trade(insider, date, "A", 'A', shares, 0m, shares * 2, TradeNature.Award, InsiderRole.Director, PlanStatus.Unknown, DataFlag.None, 'D', null);

    public InsiderTrade Trade(long insider, DateOnly date, string code, char direction, decimal shares, decimal price, decimal ownedAfter,
        TradeNature nature, InsiderRole roles, PlanStatus plan, DataFlag flags, char holding, string[]? owners)
    {
        sequence++;
        var names = owners ?? [$"Insider {insider}"];
        decimal? change = direction == 'D'
            ? Math.Round(shares / (ownedAfter + shares), 6)
            : ownedAfter - shares <= 0 ? null : Math.Round(shares / (ownedAfter - shares), 6);
        return new InsiderTrade
        {
            Id = $"0000000000-24-{sequence:000000}:N1",
            Accession = $"0000000000-24-{sequence:000000}",
            IssuerCik = issuer,
            IssuerName = "Example Corp",
            Ticker = "EXMP",
            InsiderCik = insider,
            InsiderName = names[0],
            OwnerNames = names,
            Date = date,
            FiledOn = date.AddDays(2),
            Code = code,
            Table = OwnershipTable.NonDerivative,
            Position = 1,
            AcquiredDisposed = direction,
            DirectOrIndirect = holding,
            Shares = shares,
            Price = price,
            OwnedAfter = ownedAfter,
            Classification = new TransactionClassification(
                nature,
                plan == PlanStatus.Unknown ? PlanEvidence.Unknown : new PlanEvidence(plan, null, "the 10b5-1 checkbox"),
                roles,
                change,
                Math.Round(shares * price, 2),
                flags),
        };
    }
}
