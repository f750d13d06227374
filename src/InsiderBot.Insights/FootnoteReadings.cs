using InsiderBot.Filings;

namespace InsiderBot.Insights;

/// <summary>
/// What a filing's footnotes say about plans and taxes, each footnote read once however many rows cite it
/// (a Form 4 split into 30 lots cites the same plan footnote 30 times).
/// </summary>
internal sealed class FootnoteReadings(Form4Filing filing)
{
    private readonly Dictionary<string, string> texts = filing.Footnotes.DistinctBy(f => f.Id).ToDictionary(f => f.Id, f => f.Text, StringComparer.Ordinal);
    private readonly Dictionary<string, (bool IsPlan, DateOnly? AdoptedOn)> plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> taxSales = new(StringComparer.Ordinal);

    /// <summary>Whether the footnote names a 10b5-1 plan, and any adoption date it gives; null when the filing has no such footnote.</summary>
    public (bool IsPlan, DateOnly? AdoptedOn)? Plan(string id)
    {
        if (!texts.TryGetValue(id, out var text)) return null;
        if (!plans.TryGetValue(id, out var reading))
        {
            var (isPlan, adopted) = PlanDetector.Read(text);
            plans[id] = reading = (isPlan, isPlan ? adopted : PlanDetector.AdoptionDate(text));
        }

        return reading;
    }

    public bool IsTaxSale(string id)
    {
        if (!texts.TryGetValue(id, out var text)) return false;
        if (!taxSales.TryGetValue(id, out var isTax)) taxSales[id] = isTax = TaxSaleDetector.IsTaxSale(text);
        return isTax;
    }
}
