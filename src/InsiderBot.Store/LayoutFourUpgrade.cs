using System.Diagnostics;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Store;

/// <summary>
/// The in-place upgrade from layout 3 (a document per filing, indexed by accession, issuer and report key) to layout 4
/// (a document per company and month of the period of report, <see cref="FilingMonth"/>). Each step is one transaction
/// (<see cref="UpgradePace.FilingsPerMove"/>): the next filings in issuer order are added to their months and deleted from the old collection, so a kill part-way
/// loses nothing and the next open carries on from the first filing not yet moved; each month is written about once,
/// as a company's filings arrive together. The emptied collection is then dropped with its three indexes.
/// </summary>
internal static class LayoutFourUpgrade
{
    private const string Key = "layout";
    private const string Collection = "filings";

    /// <summary>Returns the steps taken in all, so a test's stop counts across every upgrade.</summary>
    public static int Run(StoreDatabase store, ILogger logger, UpgradePace pace, int steps)
    {
        var started = Stopwatch.GetTimestamp();
        var (total, _) = StoreCounts.Read(store);
        logger.LogInformation("Upgrading the store to layout 4 in place ({Filings} filings); a restart resumes where it stopped", total);
        long done = 0, reported = 0;
        while (MoveFilings(store, pace.FilingsPerMove, ref done))
        {
            if (++steps >= pace.StopAfterSteps) throw new UpgradeStopped();
            if (done - reported < 100_000) continue;
            reported = done;
            logger.LogInformation("Layout upgrade: {Done} of {Filings} filings moved into company months", done, total);
        }

        store.Database.DropCollection(Collection);
        store.InTransaction(() =>
        {
            store.SetMeta(Key, "4");
            return true;
        });
        logger.LogInformation("Store upgraded to layout 4 in {Seconds:0.0} s", Stopwatch.GetElapsedTime(started).TotalSeconds);
        return steps;
    }

    // The next layout-3 filings by issuer, added to their months and deleted from the old collection in one transaction.
    private static bool MoveFilings(StoreDatabase store, int size, ref long done)
    {
        if (!store.Database.CollectionExists(Collection)) return false;
        var count = store.InTransaction(() =>
        {
            var chunk = store.LayoutThreeFilings.Find(Query.All("iss"), limit: size).ToList();
            foreach (var filing in chunk)
            {
                store.Filings.Insert(filing);
                store.LayoutThreeFilings.Delete(FilingDocuments.Accession(filing));
            }

            return chunk.Count;
        });
        done += count;
        return count > 0;
    }
}
