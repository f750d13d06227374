using InsiderBot.Filings;

namespace InsiderBot.Insights.Tests.Splits;

/// <summary>Builds one insider's Form 4 of a made-up company for the split cases the bundled filings do not hold.</summary>
internal sealed class SplitFilingBuilder(string accession, long insiderCik = 2001, long issuerCik = 77, string ticker = "SPLT")
{
    private readonly List<FilingTransaction> transactions = [];
    private readonly List<FilingHolding> holdings = [];
    private readonly List<Footnote> footnotes = [];
    private DateOnly? filed;

    public SplitFilingBuilder Trade(string code, DateOnly date, decimal shares, decimal price, decimal after, char directOrIndirect = 'D', char? acquiredDisposed = null)
    {
        transactions.Add(new FilingTransaction
        {
            Table = OwnershipTable.NonDerivative,
            Position = transactions.Count,
            SecurityTitle = "Common Stock",
            Code = code,
            Date = date,
            Shares = shares,
            PricePerShare = price,
            SharesOwnedAfter = after,
            AcquiredDisposed = acquiredDisposed ?? (code is "S" or "F" or "G" or "D" ? 'D' : 'A'),
            DirectOrIndirect = directOrIndirect,
            NatureOfOwnership = directOrIndirect == 'I' ? "By Trust" : "",
        });
        filed ??= date.AddDays(2);
        return this;
    }

    public SplitFilingBuilder Holding(decimal owned, char directOrIndirect = 'D')
    {
        holdings.Add(new FilingHolding
        {
            Table = OwnershipTable.NonDerivative,
            Position = holdings.Count,
            SecurityTitle = "Common Stock",
            SharesOwned = owned,
            DirectOrIndirect = directOrIndirect,
            NatureOfOwnership = directOrIndirect == 'I' ? "By Trust" : "",
        });
        return this;
    }

    public SplitFilingBuilder Footnote(string text)
    {
        footnotes.Add(new Footnote($"F{footnotes.Count + 1}", text));
        return this;
    }

    public Form4Filing Build() => new()
    {
        Accession = accession,
        DocumentType = "4",
        FiledOn = filed,
        PeriodOfReport = transactions.Count > 0 ? transactions.Min(t => t.Date) : filed,
        Issuer = new Issuer(issuerCik, "Split Example Corp", ticker),
        Owners = [new ReportingOwner(insiderCik, $"Insider {insiderCik}", false, true, false, false, "Chief Executive Officer", "")],
        Transactions = transactions,
        Holdings = holdings,
        Footnotes = footnotes,
    };
}
