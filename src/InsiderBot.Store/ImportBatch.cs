using InsiderBot.Filings;

namespace InsiderBot.Store;

/// <summary>
/// The Form 4s a bulk import gathers for one transaction, stored with signals deferred to the end of the import
/// (<see cref="InsiderStore.EvaluatePendingSignals"/>), and the counts the import reports. A crash loses at most the
/// batch in flight, which a rerun imports again.
/// </summary>
public sealed class ImportBatch(InsiderStore store, int size = InsiderStore.BulkBatchSize, Action<IReadOnlyList<SignalChange>>? signalChanges = null)
{
    private readonly List<Form4Filing> filings = new(size);

    /// <summary>Filings stored (not already in the store).</summary>
    public int Imported { get; private set; }

    /// <summary>Transactions in the filings stored.</summary>
    public int Transactions { get; private set; }

    /// <summary>Filings the store already held.</summary>
    public int Duplicates { get; private set; }

    public bool IsFull => filings.Count >= size;

    public bool Holds(string accession) => filings.Any(f => f.Accession == accession);

    public void Add(Form4Filing filing) => filings.Add(filing);

    /// <summary>Stores what the batch holds in one transaction; false when it held nothing.</summary>
    public bool Flush()
    {
        if (filings.Count == 0) return false;
        var outcome = store.IngestFilings(filings, deferSignals: true);
        signalChanges?.Invoke(outcome.SignalChanges);
        for (var i = 0; i < filings.Count; i++)
        {
            if (outcome.Results[i] == IngestResult.Duplicate)
            {
                Duplicates++;
                continue;
            }

            Imported++;
            Transactions += filings[i].Transactions.Count;
        }

        filings.Clear();
        return true;
    }
}
