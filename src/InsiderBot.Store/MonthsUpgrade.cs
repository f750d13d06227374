using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Store;

/// <summary>
/// The loop layouts 3 and 4 share (<see cref="LayoutThreeUpgrade"/>, <see cref="LayoutFourUpgrade"/>): steps of one
/// transaction each move the next documents of the old collection into their company months and delete them there, so a
/// kill part-way loses nothing and the next open carries on; then the emptied collection is dropped with its indexes and
/// the new layout recorded. Progress goes to the log every 100,000 documents.
/// </summary>
internal static class MonthsUpgrade
{
    private const string Key = "layout";
    private const long ReportEvery = 100_000;

    /// <param name="steps">The steps taken before this upgrade; returns those after it, so a test's stop counts across every upgrade.</param>
    /// <param name="layout">The layout the store is upgraded to.</param>
    /// <param name="collection">The old collection the documents leave.</param>
    /// <param name="documents">What they are, for the log: "trades", "filings".</param>
    /// <param name="total">How many there are, for the log.</param>
    /// <param name="size">How many documents a step moves at most.</param>
    /// <param name="move">One step: moves the next documents, at most the given number, in one transaction; returns how many it moved.</param>
    /// <param name="finish">Runs in the transaction that records the new layout.</param>
    public static int Run(
        StoreDatabase store, ILogger logger, UpgradePace pace, int steps, int layout, string collection, string documents, long total, int size,
        Func<int, int> move, Action? finish = null)
    {
        var started = Stopwatch.GetTimestamp();
        logger.LogInformation("Upgrading the store to layout {Layout} in place ({Total} {Documents}); a restart resumes where it stopped", layout, total, documents);
        long done = 0, reported = 0;
        while (store.Database.CollectionExists(collection) && move(size) is var moved && moved > 0)
        {
            done += moved;
            if (++steps >= pace.StopAfterSteps) throw new UpgradeStopped();
            if (done - reported < ReportEvery) continue;
            reported = done;
            logger.LogInformation("Layout upgrade: {Done} of {Total} {Documents} moved into company months", done, total, documents);
        }

        store.Database.DropCollection(collection);
        store.InTransaction(() =>
        {
            finish?.Invoke();
            store.SetMeta(Key, layout.ToString(CultureInfo.InvariantCulture));
            return true;
        });
        logger.LogInformation("Store upgraded to layout {Layout} in {Seconds:0.0} s", layout, Stopwatch.GetElapsedTime(started).TotalSeconds);
        return steps;
    }
}
