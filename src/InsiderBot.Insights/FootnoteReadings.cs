using InsiderBot.Filings;

namespace InsiderBot.Insights;

/// <summary>
/// What a filing's footnotes say about plans and taxes, each text read once however many rows cite it
/// (a Form 4 split into 30 lots cites the same plan footnote 30 times), and each reading done only when asked for:
/// the adoption-date search is the costly one and most footnotes never need it.
/// </summary>
internal sealed class FootnoteReadings
{
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly?> adoptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> taxSales = new(StringComparer.Ordinal);

    public FootnoteReadings(Form4Filing filing)
    {
        foreach (var footnote in filing.Footnotes) texts.TryAdd(footnote.Id, footnote.Text);
    }

    /// <summary>The text of the first footnote with this id; null when the filing has none.</summary>
    public string? TextOf(string id) => texts.GetValueOrDefault(id);

    /// <summary>Whether the text names a 10b5-1 plan (<see cref="PlanDetector.NamesPlan"/>).</summary>
    public bool NamesPlan(string text)
    {
        if (!plans.TryGetValue(text, out var isPlan)) plans[text] = isPlan = PlanDetector.NamesPlan(text);
        return isPlan;
    }

    /// <summary>The plan adoption date the text gives, whether or not it names a plan (<see cref="PlanDetector.AdoptionDate"/>).</summary>
    public DateOnly? AdoptionDate(string text)
    {
        if (!adoptions.TryGetValue(text, out var adopted)) adoptions[text] = adopted = PlanDetector.AdoptionDate(text);
        return adopted;
    }

    /// <summary>Exactly <see cref="PlanDetector.Read"/>, from the readings above.</summary>
    public (bool IsPlan, DateOnly? AdoptedOn) Plan(string text) =>
        NamesPlan(text) ? (true, AdoptionDate(text)) : (false, null);

    public bool IsTaxSale(string id)
    {
        if (TextOf(id) is not { } text) return false;
        if (!taxSales.TryGetValue(text, out var isTax)) taxSales[text] = isTax = TaxSaleDetector.IsTaxSale(text);
        return isTax;
    }
}
