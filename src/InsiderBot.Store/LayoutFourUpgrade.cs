using LiteDB;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Store;

/// <summary>
/// The in-place upgrade from layout 3 (a document per filing, indexed by accession, issuer and report key) to layout 4
/// (a document per company and month of the period of report, <see cref="FilingMonth"/>), in <see cref="MonthsUpgrade"/>'s
/// steps (<see cref="UpgradePace.FilingsPerMove"/>): the next filings in issuer order are added to their months and
/// deleted from the old collection, each month written about once, as a company's filings arrive together. The emptied
/// collection is then dropped with its three indexes.
/// </summary>
internal static class LayoutFourUpgrade
{
    private const string Collection = "filings";

    /// <summary>Returns the steps taken in all, so a test's stop counts across every upgrade.</summary>
    public static int Run(StoreDatabase store, ILogger logger, UpgradePace pace, int steps) =>
        MonthsUpgrade.Run(store, logger, pace, steps, 4, Collection, "filings", StoreCounts.Read(store).Filings, pace.FilingsPerMove,
            size => MoveFilings(store, size));

    // The next layout-3 filings by issuer, added to their months and deleted from the old collection in one transaction.
    private static int MoveFilings(StoreDatabase store, int size) => store.InTransaction(() =>
    {
        var chunk = store.LayoutThreeFilings.Find(Query.All("iss"), limit: size).ToList();
        foreach (var filing in chunk)
        {
            store.Filings.Insert(filing);
            store.LayoutThreeFilings.Delete(FilingDocuments.Accession(filing));
        }

        return chunk.Count;
    });
}
