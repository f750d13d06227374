using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Insights;
using InsiderBot.Insights.Splits;
using InsiderBot.Store;

namespace InsiderBot.Chat.Export;

/// <summary>Builds the export of an answer's window: every transaction, not only the rows the answer lists.</summary>
public static class TransactionExport
{
    private const int PriceDecimals = 4;
    private const int FractionDecimals = 6;

    /// <param name="splits">Each company's splits, by issuer CIK: a price before one is also given split-adjusted.</param>
    /// <param name="signals">The stored signals around the window: each transaction lists those it is evidence of.</param>
    public static ExportDocument Build(
        ExportSubject subject, DateOnly? from, DateOnly to, IReadOnlyList<InsiderTrade> trades, Func<long, SplitHistory> splits,
        IReadOnlyList<SignalRecord> signals, InsiderRole cSuite)
    {
        var signalsOf = signals.SelectMany(s => s.EvidenceIds.Select(id => (Trade: id, Signal: s.Id)))
            .ToLookup(p => p.Trade, p => p.Signal, StringComparer.Ordinal);
        var exercises = trades.Where(t => t.Code is "M" or "X" or "O").ToLookup(t => (t.IssuerCik, t.InsiderCik, t.Date));
        var exerciseSales = trades.Where(t => t.Classification.Nature == TradeNature.ExerciseSale).ToLookup(t => (t.IssuerCik, t.InsiderCik, t.Date));
        var history = new Dictionary<long, SplitHistory>();
        var rows = trades.Select(t =>
        {
            if (!history.TryGetValue(t.IssuerCik, out var issuerSplits)) history[t.IssuerCik] = issuerSplits = splits(t.IssuerCik);
            var key = (t.IssuerCik, t.InsiderCik, t.Date);
            var (link, linked) = t.Classification.Nature switch
            {
                TradeNature.ExerciseSale => ("exercise", exercises[key].Select(e => e.Id).ToList()),
                TradeNature.Exercise when t.Code != "C" && exerciseSales[key].Any() => ("exercise", exerciseSales[key].Select(e => e.Id).ToList()),
                TradeNature.TaxSale or TradeNature.TaxWithholding => ("tax", []),
                _ => ((string?)null, new List<string>()),
            };
            return Row(t, issuerSplits, cSuite) with { Link = link, LinkedIds = linked, SignalIds = signalsOf[t.Id].Distinct(StringComparer.Ordinal).ToList() };
        }).ToList();
        return new ExportDocument(subject, from, to, ExportSummary.Of(trades, TradeGroup.Of(trades).Count), rows);
    }

    /// <summary>The export as a file to attach, named after its subject and window.</summary>
    public static ReplyFile File(ExportDocument document, ExportFormat format)
    {
        var subject = document.Subject.Ticker ?? Slug(document.Subject.Name);
        var window = document.From is { } from ? $"{Dates.Iso(from)}_{Dates.Iso(document.To)}" : $"to_{Dates.Iso(document.To)}";
        var name = $"{subject}-{document.Subject.Kind}-transactions-{window}.{ExportOption.Extension(format)}";
        var count = document.Transactions.Count;
        var description = $"{count} transaction{(count == 1 ? "" : "s")} of {document.Subject.Ticker ?? document.Subject.Name}, classified";
        return format == ExportFormat.Csv
            ? new ReplyFile(name, TransactionCsv.Write(document), "text/csv", description)
            : new ReplyFile(name, TransactionJson.Write(document), "application/json", description);
    }

    private static ExportedTransaction Row(InsiderTrade t, SplitHistory splits, InsiderRole cSuite)
    {
        var c = t.Classification;
        var factor = splits.Factor(t.Date);
        return new ExportedTransaction
        {
            Id = t.Id,
            Accession = t.Accession,
            Date = t.Date,
            FiledOn = t.FiledOn,
            Amended = t.DocumentType == "4/A",
            Ticker = t.Ticker,
            IssuerCik = t.IssuerCik,
            Issuer = t.IssuerName,
            InsiderCik = t.InsiderCik,
            Insider = t.InsiderName,
            JointOwners = t.OwnerNames.Skip(1).ToList(),
            Roles = InsiderRoles.Describe(c.Roles),
            OfficerTitle = t.OfficerTitle,
            Code = t.Code,
            CodeLabel = Filings.TransactionCodes.Describe(t.Code).Label,
            Nature = Nature(c.Nature),
            Table = t.Table == Filings.OwnershipTable.Derivative ? "derivative" : "non-derivative",
            Security = t.SecurityTitle,
            AcquiredDisposed = t.AcquiredDisposed?.ToString(),
            DirectOrIndirect = t.DirectOrIndirect.ToString(),
            Shares = t.Shares,
            SharesSplitAdjusted = factor == 1 ? null : t.Shares * factor,
            Price = t.Price,
            PriceSplitAdjusted = factor == 1 || t.Price is not { } price ? null : Math.Round(price / factor, PriceDecimals),
            Value = c.Value,
            OwnedAfter = t.OwnedAfter,
            PositionChange = c.PositionChange is { } p ? Math.Round(p, FractionDecimals) : null,
            Plan = c.Plan.Status switch { PlanStatus.Yes => "yes", PlanStatus.No => "no", _ => "unknown" },
            PlanAdoptedOn = c.Plan.AdoptedOn,
            PlanBasis = c.Plan.Basis,
            Flags = Flags(c.Flags),
            Reading = TradeReading.For(c, t.Code, cSuite),
        };
    }

    /// <summary>The nature's stable name in exports.</summary>
    public static string Nature(TradeNature nature) => nature switch
    {
        TradeNature.OpenMarketPurchase => "open-market-purchase",
        TradeNature.PlannedPurchase => "planned-purchase",
        TradeNature.DiscretionarySale => "discretionary-sale",
        TradeNature.PlannedSale => "planned-sale",
        TradeNature.ExerciseSale => "exercise-sale",
        TradeNature.TaxSale => "tax-sale",
        TradeNature.TaxWithholding => "tax-withholding",
        TradeNature.Exercise => "exercise",
        TradeNature.Award => "award",
        TradeNature.Gift => "gift",
        _ => "other",
    };

    private static List<string> Flags(DataFlag flags)
    {
        var names = new List<string>();
        if (flags.HasFlag(DataFlag.DateAfterFiling)) names.Add("date-after-filing");
        if (flags.HasFlag(DataFlag.DateBefore1990)) names.Add("date-before-1990");
        if (flags.HasFlag(DataFlag.MissingDate)) names.Add("missing-date");
        if (flags.HasFlag(DataFlag.PriceLooksLikeTotal)) names.Add("price-looks-like-total");
        if (flags.HasFlag(DataFlag.AbsurdShares)) names.Add("absurd-shares");
        return names;
    }

    private static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        slug = slug.Trim('-');
        return slug.Length == 0 ? "insider" : slug[..Math.Min(slug.Length, 40)];
    }
}
