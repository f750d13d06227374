using InsiderBot.Filings;

namespace InsiderBot.Insights;

/// <summary>
/// What a filing's footnotes say about plans and taxes, each footnote read once however many rows cite it
/// (a Form 4 split into 30 lots cites the same plan footnote 30 times), and each reading done only when asked for:
/// the adoption-date search is the costly one and most footnotes never need it. A filing has a handful of
/// footnotes, so they are found by a scan of their ids rather than a dictionary built for every filing.
/// </summary>
internal sealed class FootnoteReadings(Form4Filing filing)
{
    [Flags]
    private enum Read : byte
    {
        None = 0,
        Plan = 1,
        IsPlan = 2,
        Adoption = 4,
        Tax = 8,
        IsTax = 16,
    }

    private readonly IReadOnlyList<Footnote> footnotes = filing.Footnotes;
    private Read[]? read;
    private DateOnly?[]? adoptions;

    public int Count => footnotes.Count;

    public string IdAt(int index) => footnotes[index].Id;

    /// <summary>The index of the first footnote with this id (the one a row citing it means); -1 when there is none.</summary>
    public int IndexOf(string id)
    {
        for (var i = 0; i < footnotes.Count; i++)
            if (footnotes[i].Id == id) return i;
        return -1;
    }

    /// <summary>Whether the footnote names a 10b5-1 plan (<see cref="PlanDetector.NamesPlan"/>).</summary>
    public bool NamesPlan(int index)
    {
        var state = StateAt(index);
        if ((state & Read.Plan) == 0)
            state = read![index] |= Read.Plan | (PlanDetector.NamesPlan(footnotes[index].Text) ? Read.IsPlan : Read.None);
        return (state & Read.IsPlan) != 0;
    }

    /// <summary>The plan adoption date the footnote gives, whether or not it names a plan (<see cref="PlanDetector.AdoptionDate"/>).</summary>
    public DateOnly? AdoptionDate(int index)
    {
        if ((StateAt(index) & Read.Adoption) == 0)
        {
            (adoptions ??= new DateOnly?[footnotes.Count])[index] = PlanDetector.AdoptionDate(footnotes[index].Text);
            read![index] |= Read.Adoption;
        }

        return adoptions![index];
    }

    /// <summary>Exactly <see cref="PlanDetector.Read"/> of the footnote's text, from the readings above.</summary>
    public (bool IsPlan, DateOnly? AdoptedOn) Plan(int index) =>
        NamesPlan(index) ? (true, AdoptionDate(index)) : (false, null);

    public bool IsTaxSale(string id)
    {
        var index = IndexOf(id);
        if (index < 0) return false;
        var state = StateAt(index);
        if ((state & Read.Tax) == 0)
            state = read![index] |= Read.Tax | (TaxSaleDetector.IsTaxSale(footnotes[index].Text) ? Read.IsTax : Read.None);
        return (state & Read.IsTax) != 0;
    }

    private Read StateAt(int index) => (read ??= new Read[footnotes.Count])[index];
}
