using InsiderBot.Filings;

namespace InsiderBot.Insights.Signals;

/// <summary>Which trades may feed a signal. Flagged rows never do; only discretionary sales feed the selling signals.</summary>
public static class SignalTrades
{
    public static bool IsOpenMarketPurchase(InsiderTrade t) =>
        !t.Classification.IsFlagged && t.Table == OwnershipTable.NonDerivative && t.Classification.Nature == TradeNature.OpenMarketPurchase;

    public static bool IsDiscretionarySale(InsiderTrade t) =>
        !t.Classification.IsFlagged && t.Table == OwnershipTable.NonDerivative && t.Classification.Nature == TradeNature.DiscretionarySale;

    /// <summary>Plan, exercise and tax sales and tax withholding: shown as context, never a signal.</summary>
    public static bool IsMechanicalSale(InsiderTrade t) =>
        !t.Classification.IsFlagged && t.Table == OwnershipTable.NonDerivative &&
        (t.Classification.IsMechanicalSale || t.Classification.Nature == TradeNature.TaxWithholding);

    /// <summary>Any sale (code S, or a disposition classified as one) that ends a quiet period: the strength test's last sale.</summary>
    public static bool IsSale(InsiderTrade t) => IsSale(t.Code, t.Classification.Nature);

    /// <summary>The same test on a row's code and nature (the store's ledger of sale days counts by it).</summary>
    public static bool IsSale(string code, TradeNature nature) => code == "S" || TransactionClassification.IsSaleNature(nature);

    /// <summary>A market trade (P or S) with a usable price: the store's own price history.</summary>
    public static bool HasMarketPrice(InsiderTrade t) =>
        !t.Classification.IsFlagged && t.Table == OwnershipTable.NonDerivative && t.Code is "P" or "S" && t.Price > 0;

    /// <summary>Trades in time order, ties broken by id: the order every detector reads.</summary>
    public static List<InsiderTrade> InOrder(IEnumerable<InsiderTrade> trades) =>
        trades.OrderBy(t => t.Date).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();

    /// <summary>Distinct insiders in order of first trade, with the filer's name.</summary>
    public static (List<long> Ciks, List<string> Names) InsidersOf(IEnumerable<InsiderTrade> ordered)
    {
        var first = ordered.GroupBy(t => t.InsiderCik).Select(g => g.First()).ToList();
        return (first.Select(t => t.InsiderCik).ToList(), first.Select(t => t.InsiderName).ToList());
    }

    public static decimal? KnownValue(IEnumerable<InsiderTrade> trades)
    {
        var values = trades.Select(t => t.Classification.Value).OfType<decimal>().ToList();
        return values.Count == 0 ? null : values.Sum();
    }
}
