using InsiderBot.Chat.Replies;
using InsiderBot.Insights;
using InsiderBot.Insights.Splits;

namespace InsiderBot.Chat.Formatting;

/// <summary>One trade (or one filing's lots of the same trade) as a reply item: when, who, what, how much, and why it matters.</summary>
public static class TradeFormatter
{
    /// <param name="cSuite">The roles that count as C-suite (<c>Signals:CSuiteRoles</c>), as the signals read them.</param>
    public static ReplyItem Item(InsiderTrade trade, DateTimeOffset now, InsiderRole cSuite, bool showCompany = false) =>
        Item(new TradeGroup([trade]), now, cSuite, showCompany);

    /// <param name="cSuite">The roles that count as C-suite (<c>Signals:CSuiteRoles</c>), as the signals read them.</param>
    /// <param name="splits">The company's splits: a price from before one is shown beside its split-adjusted value.</param>
    public static ReplyItem Item(TradeGroup group, DateTimeOffset now, InsiderRole cSuite, bool showCompany = false, SplitHistory? splits = null)
    {
        var t = group.First;
        var c = group.Classification;
        var code = Filings.TransactionCodes.Describe(t.Code);
        var who = t.IsJoint ? $"{t.InsiderName} and {t.OwnerNames.Count - 1} joint filer{(t.OwnerNames.Count > 2 ? "s" : "")}" : t.InsiderName;
        var company = showCompany ? $"{(t.Ticker.Length > 0 ? t.Ticker : t.IssuerName)} · " : "";
        var headline = $"{Dates.WithAgo(t.Date, now)} · {company}{who} ({InsiderRoles.Describe(c.Roles)}) · {t.Code} {code.Label}";
        return new ReplyItem(headline, Detail(group, splits ?? SplitHistory.None), TradeReading.For(c, t.Code, cSuite), ToneOf(c));
    }

    public static string Detail(TradeGroup group) => Detail(group, SplitHistory.None);

    public static string Detail(TradeGroup group, SplitHistory splits)
    {
        var t = group.First;
        var c = group.Classification;
        var parts = new List<string>();
        var price = group.Trades.Count > 1 && group.LowPrice != group.HighPrice
            ? $"avg {SplitNotes.Price(group.AveragePrice, t.Date, splits)} ({Amounts.Price(group.LowPrice)}–{Amounts.Price(group.HighPrice)}, {group.Trades.Count} lots)"
            : SplitNotes.Price(t.Price, t.Date, splits);
        var amount = $"{Amounts.Shares(group.Shares)} at {price}";
        if (c.Value is { } v) amount += $" = {Amounts.Money(v)}";
        parts.Add(amount);
        if (group.OwnedAfter is { } after)
        {
            var change = c.PositionChange is { } p ? $" ({(t.AcquiredDisposed == 'D' ? "−" : "+")}{TradeReading.Percent(p)})" : "";
            parts.Add($"owns {Amounts.Count(after)} after{change}{(t.DirectOrIndirect == 'I' ? ", indirect" : "")}");
        }

        if (c.IsPurchase || c.IsSale) parts.Add("10b5-1: " + Plan(c.Plan));
        if (t.Table == Filings.OwnershipTable.Derivative) parts.Add($"derivative: {t.SecurityTitle}");
        if (t.DocumentType == "4/A") parts.Add("amended filing");
        return string.Join(" · ", parts);
    }

    public static string Plan(PlanEvidence plan) => plan.Status switch
    {
        PlanStatus.Yes => plan.AdoptedOn is { } d ? $"yes, adopted {Dates.Iso(d)}" : "yes",
        PlanStatus.No => "no",
        _ => "not reported",
    };

    public static ReplyTone ToneOf(TransactionClassification c) => c.Nature switch
    {
        _ when c.IsFlagged => ReplyTone.Warning,
        TradeNature.OpenMarketPurchase => ReplyTone.Buying,
        TradeNature.DiscretionarySale => ReplyTone.Selling,
        _ => ReplyTone.Neutral,
    };
}
