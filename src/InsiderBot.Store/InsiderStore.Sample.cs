using LiteDB;

namespace InsiderBot.Store;

/// <summary>Taking the bundled sample back out of a store it was seeded into (see <see cref="SampleRemoval"/>).</summary>
public sealed partial class InsiderStore
{
    /// <summary>Meta key: the Eastern day the SEC's ticker map was last loaded (a live bot loads it once a day).</summary>
    public const string TickerMapRefreshedKey = "edgar:tickers";

    /// <summary>
    /// Meta key: whether the bundled sample was seeded (<c>"437 sample filings"</c>), found the store already holding
    /// data, or was removed (<see cref="SampleRemoval.Removed"/>); the seeder seeds only while it is absent.
    /// </summary>
    public const string SampleSeededKey = "sample-data-seeded";

    /// <summary>The end of <see cref="SampleSeededKey"/>'s value while the sample is held ("437 sample filings").</summary>
    public const string SampleSeededSuffix = " sample filings";

    /// <summary>
    /// Removes the bundled sample's filings and everything derived from them, leaving every other row as a store that
    /// never held the sample would have it; returns how many filings and trades went. Crash-safe: the plan is written
    /// first, each step is a transaction, and a rerun after a kill carries on where it stopped.
    /// </summary>
    /// <param name="isSampleSource">True for a filing's source (<c>src</c>) that is one of the bundled sample's files.</param>
    /// <param name="sampleTickers">The sample's ticker map, whose symbols the seeder loaded.</param>
    public SampleRemovalResult RemoveSample(Func<string, bool> isSampleSource, IReadOnlyList<(string Ticker, long Cik)> sampleTickers)
    {
        var removal = new SampleRemoval(store, time);
        if (!removal.Planned)
        {
            if (!HoldsSample) return new SampleRemovalResult(0, 0, false);
            removal.Plan(isSampleSource, sampleTickers);
        }

        // Each step records its companies for signal evaluation in its own transaction, so a kill before the
        // evaluation below leaves them to the next import, live batch or command (EnsureSignals).
        var (filings, trades) = removal.DeleteFilings(issuers => Defer(issuers.ToDictionary(i => i, _ => DateOnly.MinValue)));
        foreach (var issuer in removal.Issuers)
        {
            store.InTransaction(() =>
            {
                removal.Recompute(issuer, SplitsFor(issuer));
                Defer(new Dictionary<long, DateOnly> { [issuer] = DateOnly.MinValue });
                return 0;
            });
        }

        Interlocked.Increment(ref deferredBatches);
        EvaluatePendingSignals();
        removal.Finish(isSampleSource);
        return new SampleRemovalResult(filings, trades, true);
    }
}
