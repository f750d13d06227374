using InsiderBot.Filings;

namespace InsiderBot.Insights;

/// <summary>Reads every transaction of a filing the way a careful analyst does. Pure: same filing and context, same result.</summary>
public sealed class TransactionClassifier
{
    /// <summary>A price this many times the issuer's typical price that week is taken for a total value.</summary>
    public const decimal TotalValuePriceRatio = 20m;

    private const decimal MaxPlausibleShares = 50_000_000_000m;

    private static readonly DateOnly EarliestPlausibleDate = new(1990, 1, 1);

    private static readonly PlanEvidence CheckboxSaysNo = new(PlanStatus.No, null, "the 10b5-1 checkbox");

    public IReadOnlyList<ClassifiedTransaction> Classify(Form4Filing filing, ClassificationContext context)
    {
        var roles = InsiderRole.None;
        for (var i = 0; i < filing.Owners.Count; i++) roles |= RoleReader.Read(filing.Owners[i], filing.Remarks);
        var insider = InsiderKey.Of(filing);
        var transactions = filing.Transactions;
        HashSet<DateOnly>? exercisedOn = null;
        var prices = new List<decimal>(transactions.Count);
        for (var i = 0; i < transactions.Count; i++)
        {
            var t = transactions[i];
            if (t.Code is "M" or "X" or "O" && t.Date is { } exercised) (exercisedOn ??= []).Add(exercised);
            if (!t.IsDerivative && t.PricePerShare is { } price && price > 0) prices.Add(price);
        }

        prices.Sort();
        var footnotes = new FootnoteReadings(filing);
        var filingWidePlan = FilingWidePlan(filing, footnotes);
        var result = new ClassifiedTransaction[transactions.Count];
        for (var i = 0; i < transactions.Count; i++)
        {
            var transaction = transactions[i];
            var plan = PlanFor(filing, transaction, filingWidePlan, footnotes);
            var nature = NatureOf(transaction, plan, exercisedOn, insider, context, footnotes);
            var classification = new TransactionClassification(
                nature,
                plan,
                roles,
                PositionChange(transaction),
                Value(transaction),
                FlagsFor(filing, transaction, prices, context));
            result[i] = new ClassifiedTransaction(transaction, classification);
        }

        return result;
    }

    private static TradeNature NatureOf(
        FilingTransaction t, PlanEvidence plan, HashSet<DateOnly>? exercisedOn, long insider, ClassificationContext context, FootnoteReadings footnotes)
    {
        switch (t.Code)
        {
            case "P":
                return plan.Status == PlanStatus.Yes ? TradeNature.PlannedPurchase : TradeNature.OpenMarketPurchase;
            case "S":
                if (plan.Status == PlanStatus.Yes) return TradeNature.PlannedSale;
                if (t.Date is { } date && (exercisedOn?.Contains(date) == true || context.InsiderExercisedOn(insider, date)))
                    return TradeNature.ExerciseSale;
                for (var i = 0; i < t.Footnotes.Count; i++)
                    if (footnotes.IsTaxSale(t.Footnotes[i].Id)) return TradeNature.TaxSale;
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
        // The first footnote on the row that names a plan decides; a repeated id reads the same, so order is all that matters.
        for (var i = 0; i < t.Footnotes.Count; i++)
        {
            var id = t.Footnotes[i].Id;
            var index = footnotes.IndexOf(id);
            if (index < 0 || !footnotes.NamesPlan(index)) continue;
            var adopted = footnotes.AdoptionDate(index);
            return filing.Aff10b5One == true
                ? new PlanEvidence(PlanStatus.Yes, adopted ?? filingWide.AdoptedOn, $"the 10b5-1 checkbox and footnote {id}")
                : new PlanEvidence(PlanStatus.Yes, adopted, $"footnote {id}");
        }

        if (filing.Aff10b5One == true)
            return new PlanEvidence(PlanStatus.Yes, filingWide.AdoptedOn ?? AdoptionDateOnRow(t, footnotes), "the 10b5-1 checkbox");
        if (filingWide.Status == PlanStatus.Yes) return filingWide;
        return filing.Aff10b5One == false ? CheckboxSaysNo : PlanEvidence.Unknown;
    }

    /// <summary>The first adoption date a footnote on the row gives, though none of them names the plan.</summary>
    private static DateOnly? AdoptionDateOnRow(FilingTransaction t, FootnoteReadings footnotes)
    {
        for (var i = 0; i < t.Footnotes.Count; i++)
            if (footnotes.IndexOf(t.Footnotes[i].Id) is var index and >= 0 && footnotes.AdoptionDate(index) is { } adopted) return adopted;
        return null;
    }

    /// <summary>A plan stated in the remarks or in a footnote that marks no row: it speaks for the whole filing.</summary>
    private static PlanEvidence FilingWidePlan(Form4Filing filing, FootnoteReadings footnotes)
    {
        var (inRemarks, adoptedInRemarks) = PlanDetector.Read(filing.Remarks);
        if (inRemarks) return new PlanEvidence(PlanStatus.Yes, adoptedInRemarks, "the remarks");
        if (footnotes.Count == 0) return PlanEvidence.Unknown;

        for (var i = 0; i < footnotes.Count; i++)
        {
            var id = footnotes.IdAt(i);
            if (IsCited(filing, id)) continue;
            var (isPlan, adopted) = footnotes.Plan(i);
            if (isPlan) return new PlanEvidence(PlanStatus.Yes, adopted, $"footnote {id}");
        }

        // The checkbox says a plan was used; a footnote anywhere may still date its adoption.
        if (filing.Aff10b5One == true)
        {
            DateOnly? adopted = null;
            for (var i = 0; i < footnotes.Count && adopted is null; i++)
                if (footnotes.Plan(i) is (true, { } date)) adopted = date;
            return new PlanEvidence(PlanStatus.Unknown, adopted, "");
        }

        return PlanEvidence.Unknown;
    }

    private static bool IsCited(Form4Filing filing, string id)
    {
        for (var i = 0; i < filing.Transactions.Count; i++)
            if (Cites(filing.Transactions[i].Footnotes, id)) return true;
        for (var i = 0; i < filing.Holdings.Count; i++)
            if (Cites(filing.Holdings[i].Footnotes, id)) return true;
        return false;
    }

    private static bool Cites(IReadOnlyList<FootnoteReference> references, string id)
    {
        for (var i = 0; i < references.Count; i++)
            if (references[i].Id == id) return true;
        return false;
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

    private static DataFlag FlagsFor(Form4Filing filing, FilingTransaction t, List<decimal> sortedPrices, ClassificationContext context)
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
            var typical = context.TypicalPriceAround(day) ?? MedianOfOthers(sortedPrices, price);
            if (typical is > 0 && price > typical.Value * TotalValuePriceRatio) flags |= DataFlag.PriceLooksLikeTotal;
        }

        return flags;
    }

    /// <summary>
    /// The median (upper middle) of the filing's other prices, those not equal to <paramref name="price"/>, read off the
    /// sorted prices without copying them: skip the block of prices equal to this one.
    /// </summary>
    private static decimal? MedianOfOthers(List<decimal> sortedPrices, decimal price)
    {
        var first = sortedPrices.BinarySearch(price);
        if (first < 0) first = ~first;
        while (first > 0 && sortedPrices[first - 1] == price) first--;
        var equal = 0;
        while (first + equal < sortedPrices.Count && sortedPrices[first + equal] == price) equal++;

        var others = sortedPrices.Count - equal;
        if (others == 0) return null;
        var middle = others / 2;
        return middle < first ? sortedPrices[middle] : sortedPrices[middle + equal];
    }
}
