using InsiderBot.Filings;

namespace InsiderBot.Testing;

/// <summary>
/// Synthetic one-row Form 4s by a director of a made-up company: an open-market purchase or a discretionary sale of
/// 1,000 shares at $20, each with a fresh accession number under the given filer prefix.
/// </summary>
public sealed class DirectorFilings(string filerPrefix)
{
    private int sequence;

    public Form4Filing Buy(long issuer, long insider, DateOnly date) => Filing(issuer, insider, date, "P", 'A', 4_000);

    public Form4Filing Sell(long issuer, long insider, DateOnly date) => Filing(issuer, insider, date, "S", 'D', 50_000);

    private Form4Filing Filing(long issuer, long insider, DateOnly date, string code, char direction, decimal after) => new()
    {
        Accession = $"{filerPrefix}-26-{Interlocked.Increment(ref sequence):000000}",
        DocumentType = "4",
        PeriodOfReport = date,
        FiledOn = date.AddDays(1),
        Aff10b5One = false,
        Issuer = new Issuer(issuer, $"Company {issuer}", $"C{issuer}"),
        Owners = [new ReportingOwner(insider, $"Person {insider}", true, false, false, false, "", "")],
        Transactions =
        [
            new FilingTransaction
            {
                Table = OwnershipTable.NonDerivative, Position = 1, SecurityTitle = "Common Stock", Date = date, Code = code,
                Shares = 1_000, PricePerShare = 20m, AcquiredDisposed = direction, SharesOwnedAfter = after,
            },
        ],
    };
}
