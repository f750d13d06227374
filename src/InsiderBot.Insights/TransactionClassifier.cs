using InsiderBot.Filings;

namespace InsiderBot.Insights;

/// <summary>Reads every transaction of a filing the way a careful analyst does. Pure: same filing and context, same result.</summary>
public sealed class TransactionClassifier
{
    /// <summary>A price this many times the issuer's typical price that week is taken for a total value.</summary>
    public const decimal TotalValuePriceRatio = 20m;

    private const decimal MaxPlausibleShares = 50_000_000_000m;

    private static readonly DateOnly EarliestPlausibleDate = new(1990, 1, 1);

    public IReadOnlyList<ClassifiedTransaction> Classify(Form4Filing filing, ClassificationContext context)
    {
        var roles = filing.Owners.Aggregate(InsiderRole.None, (all, owner) => all | RoleReader.Read(owner, filing.Remarks));
        var insider = InsiderKey.Of(filing);
        var exercisedOn = filing.Transactions
            .Where(t => t.Code is "M" or "X" or "O" && t.Date is not null)
            .Select(t => t.Date!.Value)
            .ToHashSet();
        var filingWidePlan = FilingWidePlan(filing);
        var inFilingPrices = filing.Transactions
            .Where(t => !t.IsDerivative && t.PricePerShare > 0)
            .Select(t => t.PricePerShare!.Value)
            .ToList();

        var footnotes = new FootnoteReadings(filing);
        var result = new List<ClassifiedTransaction>(filing.Transactions.Count);
        foreach (var transaction in filing.Transactions)
        {
            var plan = PlanFor(filing, transaction, filingWidePlan, footnotes);
            var nature = NatureOf(transaction, plan, exercisedOn, insider, context, footnotes);
            var classification = new TransactionClassification(
                nature,
                plan,
                roles,
                PositionChange(transaction),
                Value(transaction),
                FlagsFor(filing, transaction, inFilingPrices, context));
            result.Add(new ClassifiedTransaction(transaction, classification));
        }

        return result;
    }

    private static TradeNature NatureOf(
        FilingTransaction t, PlanEvidence plan, HashSet<DateOnly> exercisedOn, long insider, ClassificationContext context, FootnoteReadings footnotes)
    {
        switch (t.Code)
        {
            case "P":
                return plan.Status == PlanStatus.Yes ? TradeNature.PlannedPurchase : TradeNature.OpenMarketPurchase;
            case "S":
                if (plan.Status == PlanStatus.Yes) return TradeNature.PlannedSale;
                if (t.Date is { } date && (exercisedOn.Contains(date) || context.InsiderExercisedOn(insider, date)))
                    return TradeNature.ExerciseSale;
                if (t.Footnotes.Any(f => footnotes.IsTaxSale(f.Id))) return TradeNature.TaxSale;
                return TradeNature.DiscretionarySale;
            case "F":
                return TradeNature.TaxWithholding;
            case "M" or "X" or "O" or "C":
                return TradeNature.Exercise;
            case "A":
                return TradeNature.Award;
            case "G":
                return TradeNature.Gift;
            default:
                return TradeNature.Other;
        }
    }

    private static PlanEvidence PlanFor(Form4Filing filing, FilingTransaction t, PlanEvidence filingWide, FootnoteReadings footnotes)
    {
        DateOnly? adoptedFromFootnotes = null;
        foreach (var reference in t.Footnotes.DistinctBy(f => f.Id))
        {
            if (footnotes.Plan(reference.Id) is not var (isPlan, adopted)) continue;
            if (isPlan)
            {
                return filing.Aff10b5One == true
                    ? new PlanEvidence(PlanStatus.Yes, adopted ?? filingWide.AdoptedOn, $"the 10b5-1 checkbox and footnote {reference.Id}")
                    : new PlanEvidence(PlanStatus.Yes, adopted, $"footnote {reference.Id}");
            }
            adoptedFromFootnotes ??= adopted;
        }

        if (filing.Aff10b5One == true)
            return new PlanEvidence(PlanStatus.Yes, filingWide.AdoptedOn ?? adoptedFromFootnotes, "the 10b5-1 checkbox");
        if (filingWide.Status == PlanStatus.Yes) return filingWide;
        return filing.Aff10b5One == false ? new PlanEvidence(PlanStatus.No, null, "the 10b5-1 checkbox") : PlanEvidence.Unknown;
    }

    /// <summary>A plan stated in the remarks or in a footnote that marks no row: it speaks for the whole filing.</summary>
    private static PlanEvidence FilingWidePlan(Form4Filing filing)
    {
        var (inRemarks, adoptedInRemarks) = PlanDetector.Read(filing.Remarks);
        if (inRemarks) return new PlanEvidence(PlanStatus.Yes, adoptedInRemarks, "the remarks");

        var referenced = filing.Transactions.SelectMany(t => t.Footnotes).Concat(filing.Holdings.SelectMany(h => h.Footnotes))
            .Select(f => f.Id).ToHashSet();
        foreach (var footnote in filing.Footnotes.Where(f => !referenced.Contains(f.Id)))
        {
            var (isPlan, adopted) = PlanDetector.Read(footnote.Text);
            if (isPlan) return new PlanEvidence(PlanStatus.Yes, adopted, $"footnote {footnote.Id}");
        }

        // The checkbox says a plan was used; a footnote anywhere may still date its adoption.
        if (filing.Aff10b5One == true)
        {
            var adopted = filing.Footnotes.Select(f => PlanDetector.Read(f.Text)).FirstOrDefault(p => p.IsPlan && p.AdoptedOn is not null).AdoptedOn;
            return new PlanEvidence(PlanStatus.Unknown, adopted, "");
        }

        return PlanEvidence.Unknown;
    }

    private static decimal? PositionChange(FilingTransaction t)
    {
        if (t.Shares is not { } shares || shares <= 0 || t.SharesOwnedAfter is not { } after || after < 0) return null;
        if (t.AcquiredDisposed == 'D') return after + shares == 0 ? null : Math.Round(shares / (after + shares), 6);
        var before = after - shares;
        return before <= 0 ? null : Math.Round(shares / before, 6);
    }

    private static decimal? Value(FilingTransaction t)
    {
        if (t.Shares is not { } shares || t.PricePerShare is not { } price) return null;
        try
        {
            return Math.Round(shares * price, 2);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static DataFlag FlagsFor(Form4Filing filing, FilingTransaction t, List<decimal> inFilingPrices, ClassificationContext context)
    {
        var flags = DataFlag.None;
        if (t.Date is not { } date) flags |= DataFlag.MissingDate;
        else
        {
            if (filing.FiledOn is { } filed && date > filed) flags |= DataFlag.DateAfterFiling;
            if (date < EarliestPlausibleDate) flags |= DataFlag.DateBefore1990;
        }

        if (t.Shares is { } shares && (shares < 0 || shares > MaxPlausibleShares)) flags |= DataFlag.AbsurdShares;
        if (t.SharesOwnedAfter is { } after && (after < 0 || after > MaxPlausibleShares)) flags |= DataFlag.AbsurdShares;

        if (!t.IsDerivative && t.PricePerShare is { } price && price > 0 && t.Date is { } day)
        {
            var others = inFilingPrices.Where(p => p != price).ToList();
            var typical = context.TypicalPriceAround(day) ?? (others.Count > 0 ? Median(others) : null);
            if (typical is > 0 && price > typical.Value * TotalValuePriceRatio) flags |= DataFlag.PriceLooksLikeTotal;
        }

        return flags;
    }

    private static decimal? Median(List<decimal> values)
    {
        values.Sort();
        return values.Count == 0 ? null : values[values.Count / 2];
    }
}
