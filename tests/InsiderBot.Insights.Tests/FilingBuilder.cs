using InsiderBot.Filings;

namespace InsiderBot.Insights.Tests;

/// <summary>Builds synthetic filings for cases and threshold edges the real sample does not contain.</summary>
internal sealed class FilingBuilder
{
    private readonly List<FilingTransaction> transactions = [];
    private readonly List<Footnote> footnotes = [];
    private ReportingOwner owner = new(1001, "Doe Jane", false, true, false, false, "Chief Financial Officer", "");
    private bool? aff10b5One;
    private string remarks = "";
    private DateOnly filedOn = new(2024, 3, 5);

    public FilingBuilder By(string title, bool director = false, bool tenPercent = false, long cik = 1001)
    {
        owner = new ReportingOwner(cik, "Doe Jane", director, title.Length > 0, tenPercent, false, title, "");
        return this;
    }

    public FilingBuilder Checkbox(bool? value)
    {
        aff10b5One = value;
        return this;
    }

    public FilingBuilder Remarks(string text)
    {
        remarks = text;
        return this;
    }

    public FilingBuilder Filed(DateOnly date)
    {
        filedOn = date;
        return this;
    }

    public FilingBuilder Footnote(string id, string text)
    {
        footnotes.Add(new Footnote(id, text));
        return this;
    }

    public FilingBuilder Trade(string code, decimal? shares, decimal? price, decimal? after, DateOnly? date = null, char ad = '\0', params string[] footnoteIds)
    {
        transactions.Add(new FilingTransaction
        {
            Table = OwnershipTable.NonDerivative,
            Position = transactions.Count,
            Code = code,
            Date = date ?? new DateOnly(2024, 3, 1),
            Shares = shares,
            PricePerShare = price,
            SharesOwnedAfter = after,
            AcquiredDisposed = ad != '\0' ? ad : code is "S" or "F" or "G" or "D" ? 'D' : 'A',
            Footnotes = footnoteIds.Select(id => new FootnoteReference("transactionCoding", id)).ToList(),
        });
        return this;
    }

    public Form4Filing Build() => new()
    {
        Accession = "0000000001-24-000001",
        DocumentType = "4",
        FiledOn = filedOn,
        Aff10b5One = aff10b5One,
        Issuer = new Issuer(42, "Example Corp", "EXM"),
        Owners = [owner],
        Transactions = transactions,
        Footnotes = footnotes,
        Remarks = remarks,
    };
}
