using InsiderBot.Filings;

namespace InsiderBot.Testing;

/// <summary>
/// Synthetic one-row Form 4s by a director of a made-up company: an open-market purchase or a discretionary sale of
/// 1,000 shares at $20, each with a fresh accession number under the given filer prefix; <see cref="Trade"/> takes any
/// size and price, and an officer's title.
/// </summary>
public sealed class DirectorFilings(string filerPrefix)
{
    private int sequence;

    public Form4Filing Buy(long issuer, long insider, DateOnly date) => Trade(issuer, insider, date, "P", 'A', 1_000, 20m, 4_000);

    public Form4Filing Sell(long issuer, long insider, DateOnly date) => Trade(issuer, insider, date, "S", 'D', 1_000, 20m, 50_000);

    /// <summary>One open-market row; with an officer title the insider files as that officer, not as a director.</summary>
    public Form4Filing Trade(long issuer, long insider, DateOnly date, string code, char direction, decimal shares, decimal price, decimal after, string officerTitle = "") => new()
    {
        Accession = $"{filerPrefix}-26-{Interlocked.Increment(ref sequence):000000}",
        DocumentType = "4",
        PeriodOfReport = date,
        FiledOn = date.AddDays(1),
        Aff10b5One = false,
        Issuer = new Issuer(issuer, $"Company {issuer}", $"C{issuer}"),
        Owners = [new ReportingOwner(insider, $"Person {insider}", officerTitle.Length == 0, officerTitle.Length > 0, false, false, officerTitle, "")],
        Transactions =
        [
            new FilingTransaction
            {
                Table = OwnershipTable.NonDerivative, Position = 1, SecurityTitle = "Common Stock", Date = date, Code = code,
                Shares = shares, PricePerShare = price, AcquiredDisposed = direction, SharesOwnedAfter = after,
            },
        ],
    };
}
