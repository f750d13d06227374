using InsiderBot.Filings;

namespace InsiderBot.Store.Tests.Signals;

/// <summary>Synthetic Form 4 filings for store scenarios: one open-market purchase or sale per filing.</summary>
internal sealed class FilingBuilder
{
    private int sequence;

    public Form4Filing Purchase(long issuer, long insider, DateOnly date, decimal shares = 1_000, decimal price = 20m, string title = "") =>
        Filing(issuer, insider, date, "P", 'A', shares, price, shares * 4, title, plan: null);

    public Form4Filing Sale(long issuer, long insider, DateOnly date, decimal shares = 1_000, decimal price = 20m, decimal ownedAfter = 50_000, string title = "", bool? plan = false) =>
        Filing(issuer, insider, date, "S", 'D', shares, price, ownedAfter, title, plan);

    public Form4Filing Filing(long issuer, long insider, DateOnly date, string code, char direction, decimal shares, decimal price, decimal ownedAfter, string title, bool? plan)
    {
        sequence++;
        return new Form4Filing
        {
            Accession = $"0009999999-24-{sequence:000000}",
            DocumentType = "4",
            PeriodOfReport = date,
            FiledOn = date.AddDays(2),
            Aff10b5One = plan,
            Issuer = new Issuer(issuer, $"Company {issuer}", $"C{issuer}"),
            Owners = [new ReportingOwner(insider, $"Person {insider}", title.Length == 0, title.Length > 0, false, false, title, "")],
            Transactions =
            [
                new FilingTransaction
                {
                    Table = OwnershipTable.NonDerivative,
                    Position = 1,
                    SecurityTitle = "Common Stock",
                    Date = date,
                    Code = code,
                    Shares = shares,
                    PricePerShare = price,
                    AcquiredDisposed = direction,
                    SharesOwnedAfter = ownedAfter,
                    DirectOrIndirect = 'D',
                },
            ],
        };
    }
}
